package cn.wenzhou.fashion.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Pins the HTTP API: every operation of the served OpenAPI document, as one line "METHOD path responseCodes"
 * (codes sorted and comma-joined), must equal the lines of {@code src/test/resources/api/operations.txt}.
 * Moving or renaming classes must not add, drop or change an operation unnoticed.
 * <p>
 * The lines actually served are always written to {@code target/operations-actual.txt} (and printed on a
 * mismatch); after an intended API change, copy them into operations.txt below its comment header.
 * <p>
 * The embedded Elasticsearch and the OIDC server are started by the resources of
 * {@link cn.wenzhou.fashion.testsupport.TestResources}, as for every other @QuarkusTest.
 */
@QuarkusTest
class OpenApiContractTest {

    private static final String EXPECTED = "/api/operations.txt";
    private static final Path ACTUAL = Path.of("target", "operations-actual.txt");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    @Test
    void servedOperationsAreThePinnedOnes() throws IOException {
        List<String> actual = servedOperations();
        Files.createDirectories(ACTUAL.getParent());
        Files.write(ACTUAL, actual, StandardCharsets.UTF_8);

        List<String> expected = pinnedOperations();
        if (actual.equals(expected)) {
            return;
        }
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(actual);
        Set<String> unexpected = new TreeSet<>(actual);
        unexpected.removeAll(expected);

        StringBuilder report = new StringBuilder("The served HTTP API differs from src/test/resources" + EXPECTED + "\n");
        report.append("Lines missing (pinned, but not served): ").append(missing.size()).append('\n');
        missing.forEach(line -> report.append("  - ").append(line).append('\n'));
        report.append("Lines unexpected (served, but not pinned): ").append(unexpected.size()).append('\n');
        unexpected.forEach(line -> report.append("  + ").append(line).append('\n'));
        if (missing.isEmpty() && unexpected.isEmpty()) {
            report.append("(same lines, but operations.txt repeats a line)\n");
        }
        report.append("Actual lines (").append(actual.size()).append(", also in ").append(ACTUAL.toAbsolutePath()).append("):\n");
        actual.forEach(line -> report.append(line).append('\n'));
        System.out.println(report);
        fail(report.toString());
    }

    /** One line per operation of the served OpenAPI document, sorted. */
    @SuppressWarnings("unchecked")
    private static List<String> servedOperations() {
        Map<String, Object> document = given().queryParam("format", "json")
                .when().get("/q/openapi")
                .then().statusCode(200)
                .extract().jsonPath().getMap("$");
        Map<String, Object> paths = (Map<String, Object>) document.get("paths");
        if (paths == null) {
            fail("The OpenAPI document has no paths: " + document.keySet());
        }
        List<String> lines = new ArrayList<>();
        paths.forEach((path, item) -> ((Map<String, Object>) item).forEach((key, operation) -> {
            if (!METHODS.contains(key)) {
                return; // parameters, summary, servers, ... of the path item
            }
            Map<String, Object> responses = (Map<String, Object>) ((Map<String, Object>) operation).get("responses");
            Set<String> codes = responses == null ? Set.of() : new TreeSet<>(responses.keySet());
            lines.add(key.toUpperCase(Locale.ROOT) + " " + path + " " + String.join(",", codes));
        }));
        lines.sort(null);
        return lines;
    }

    /** The lines of operations.txt without comments and blank lines, sorted. */
    private static List<String> pinnedOperations() throws IOException {
        InputStream in = OpenApiContractTest.class.getResourceAsStream(EXPECTED);
        if (in == null) {
            fail(EXPECTED + " is not on the test classpath");
        }
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                    lines.add(trimmed);
                }
            }
        }
        lines.sort(null);
        return lines;
    }
}
