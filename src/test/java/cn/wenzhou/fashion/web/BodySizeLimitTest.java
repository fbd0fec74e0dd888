package cn.wenzhou.fashion.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.wenzhou.fashion.domain.Roles;
import cn.wenzhou.fashion.testsupport.ImportJobs;
import cn.wenzhou.fashion.testsupport.Parties;
import cn.wenzhou.fashion.testsupport.RawHttp;
import cn.wenzhou.fashion.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * Bodies are limited in bytes as they arrive, not by what Content-Length says: a body sent in chunks (no
 * Content-Length) over its limit gets a 413 problem before it is parsed, or even received whole. The JSON limit is the
 * configured 1 MiB; the import's is lowered to 64 kB by {@link LimitsProfile}.
 */
@QuarkusTest
@TestProfile(LimitsProfile.class)
class BodySizeLimitTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MIB = 1_048_576;

    /** A preview request from its own client (the loopback is a trusted proxy here), so that no rate limit interferes. */
    private static String preview(String client) {
        return "POST /api/matches HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nX-Forwarded-For: " + client;
    }

    /** {@code {"title":"鞋底","description":"xxx...` in chunks of 64 kB: a draft need whose description never ends. */
    private static Iterator<byte[]> endlessDraft() {
        byte[] filler = "x".repeat(65_536).getBytes(StandardCharsets.US_ASCII);
        return Stream.concat(Stream.of("{\"title\":\"鞋底\",\"description\":\"".getBytes(StandardCharsets.UTF_8)),
                Stream.generate(() -> filler)).iterator();
    }

    private static void assertTooLarge(RawHttp.Answer answer, String setting) throws IOException {
        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.path("status").asInt()).isEqualTo(413);
        assertThat(problem.path("detail").asText()).contains(setting);
    }

    @Test
    void chunkedJsonBodyOverTheLimitIsRefusedBeforeItIsParsed() throws IOException {
        // 2.5 MB of a draft whose description is far over its 4,000 characters: parsed, it would be a 400.
        Iterator<byte[]> body = Stream.concat(Stream.of("{\"title\":\"鞋底\",\"description\":\"".getBytes(StandardCharsets.UTF_8)),
                Stream.concat(IntStream.range(0, 40).mapToObj(i -> "x".repeat(65_536).getBytes(StandardCharsets.US_ASCII)),
                        Stream.of("\"}".getBytes(StandardCharsets.US_ASCII)))).iterator();

        assertTooLarge(RawHttp.chunked(preview("198.51.100.1"), body), "library.api.max-json-body-bytes");
    }

    @Test
    void endlessChunkedBodyIsAnsweredWithoutWaitingForItsEnd() throws IOException {
        RawHttp.Answer answer = RawHttp.chunked(preview("198.51.100.2"), endlessDraft());

        assertTooLarge(answer, "library.api.max-json-body-bytes");
        // The server stopped reading near the limit; what the client got out beyond it is what socket buffers hold.
        assertThat(answer.bodyBytesSent()).isLessThan(64L * MIB);
    }

    @Test
    void chunkedJsonBodyWithinTheLimitIsRead() throws IOException {
        List<byte[]> body = List.of("{\"title\":\"鞋底防滑\",".getBytes(StandardCharsets.UTF_8),
                "\"categories\":[\"TESTING_CERTIFICATION\"]}".getBytes(StandardCharsets.UTF_8));

        RawHttp.Answer answer = RawHttp.chunked(preview("198.51.100.3"), body.iterator());

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(JSON.readTree(answer.body()).has("items")).isTrue();
    }

    @Test
    void chunkedImportOverItsOwnLimitIsRefused() throws IOException {
        String line = "{\"kind\":\"institution\",\"externalId\":\"limit-%d\",\"name\":\"检测中心\",\"type\":\"TESTING_LAB\"}\n";
        Iterator<byte[]> lines = IntStream.range(0, 2_000).mapToObj(i -> line.formatted(i).getBytes(StandardCharsets.UTF_8)).iterator();
        String head = "POST /api/import HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-ndjson\r\nAuthorization: Bearer "
                + Tokens.of("import-admin-1", Roles.ADMIN);

        assertTooLarge(RawHttp.chunked(head, lines), "library.import.max-body-bytes");
    }

    @Test
    void chunkedImportWithinItsLimitIsImported() throws IOException {
        String line = "{\"kind\":\"institution\",\"externalId\":\"chunked-import-1\",\"name\":\"检测中心\",\"type\":\"TESTING_LAB\","
                + "\"industries\":[\"FOOTWEAR\"],\"location\":{\"country\":\"CN\"}}\n";
        String head = "POST /api/import HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-ndjson\r\nAuthorization: Bearer "
                + Tokens.of("import-admin-2", Roles.ADMIN);

        RawHttp.Answer answer = RawHttp.chunked(head, List.of(line.getBytes(StandardCharsets.UTF_8)).iterator());

        assertThat(answer.status()).as(answer.body()).isEqualTo(202);
        ImportJobs.untilFinished(() -> Parties.as(Tokens.of("import-admin-2", Roles.ADMIN)), answer.header("Location"))
                .body("lines", equalTo(1)).body("created", equalTo(1)).body("done", equalTo(1)).body("failed", equalTo(0));
    }

    @Test
    void importWithAContentLengthOverItsLimitIsRefusedAndQueuesNoJob() {
        String line = "{\"kind\":\"institution\",\"externalId\":\"limit-cl-%d\",\"name\":\"检测中心\",\"type\":\"TESTING_LAB\"}\n";
        String upload = IntStream.range(0, 1_000).mapToObj(line::formatted).collect(Collectors.joining());
        assertThat(upload.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(LimitsProfile.IMPORT_BYTES);

        Parties.as(Tokens.of("import-admin-3", Roles.ADMIN)).contentType("application/x-ndjson").body(upload.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/import")
                .then().statusCode(413).contentType("application/problem+json")
                .body("detail", containsString("library.import.max-body-bytes")).header("Location", nullValue());
        Parties.as(Tokens.of("import-admin-3", Roles.ADMIN)).queryParam("externalId", "limit-cl-0").when().get("/api/institutions")
                .then().statusCode(200).body("total", equalTo(0));
    }
}
