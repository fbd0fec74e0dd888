package cn.wenzhou.fashion.observability;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.wenzhou.fashion.domain.Roles;
import cn.wenzhou.fashion.testsupport.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;

/**
 * In the production log format every line is a JSON object, and a line logged while a request is answered carries
 * that request's id under "mdc": the id of its X-Request-Id header and of its problems' requestId
 * (robustness.BadInputProblemsTest shows that those two agree).
 */
@QuarkusTest
@TestProfile(JsonLogProfile.class)
class JsonLogTest {

    /** Unique: the file stays from one run to the next. */
    private static final String REQUEST_ID = Fixtures.unique("json-log-test");

    private static List<JsonNode> lines() throws IOException {
        var json = new ObjectMapper();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(JsonLogProfile.FILE), StandardCharsets.UTF_8)) {
            lines.add(json.readTree(line));
        }
        return lines;
    }

    @Test
    @TestSecurity(user = "log-admin", roles = Roles.ADMIN)
    void aLineLoggedDuringARequestIsJsonWithTheRequestId() throws IOException {
        given().header("X-Request-Id", REQUEST_ID).post("/api/admin/reindex")
                .then().statusCode(200).header("X-Request-Id", REQUEST_ID);

        List<JsonNode> ofTheRequest = lines().stream()
                .filter(line -> line.path("mdc").path("requestId").asText().equals(REQUEST_ID)).toList();
        assertThat(ofTheRequest).extracting(line -> line.path("loggerName").asText(), line -> line.path("level").asText())
                .contains(tuple("cn.wenzhou.fashion.search.Reindexer", "INFO"));
        assertThat(ofTheRequest).anySatisfy(line -> assertThat(line.path("message").asText()).startsWith("Dictionaries reloaded"));
    }
}
