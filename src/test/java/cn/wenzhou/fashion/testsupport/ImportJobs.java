package cn.wenzhou.fashion.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.matchesPattern;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;

import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/** Bulk imports as the API runs them: posted as a job (202 with its Location), then polled until finished. */
public final class ImportJobs {

    private static final Duration POLL = Duration.ofMillis(100);
    private static final Duration PATIENCE = Duration.ofMinutes(2);

    private ImportJobs() {
    }

    /** As the request's user ({@code @TestSecurity}): the finished job. */
    public static Map<String, Object> importNdjson(String ndjson) {
        return finished(RestAssured::given, ndjson, false).statusCode(200).extract().jsonPath().getMap("");
    }

    /** As the user of {@code request} (a new specification for every call): the finished job's status response. */
    public static ValidatableResponse finished(Supplier<RequestSpecification> request, String ndjson) {
        return finished(request, ndjson, false);
    }

    public static ValidatableResponse finished(Supplier<RequestSpecification> request, String ndjson, boolean overwriteOwned) {
        String location = submit(request.get().queryParam("overwriteOwned", overwriteOwned), ndjson);
        return untilFinished(request, location);
    }

    /** Posts the upload and expects 202 with the job's status and Location: the Location. */
    public static String submit(RequestSpecification request, String ndjson) {
        return request.contentType("application/x-ndjson").body(ndjson.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/import")
                .then().statusCode(202)
                .header("Location", matchesPattern(".*/api/import/jobs/\\d+$"))
                .extract().header("Location");
    }

    /**
     * Polls the job at {@code location} every 100 ms until it says it finished, then waits until the index has
     * applied what it wrote: that last answer.
     */
    public static ValidatableResponse untilFinished(Supplier<RequestSpecification> request, String location) {
        Instant deadline = Instant.now().plus(PATIENCE);
        // The path only: an answer to a raw request names the host it was sent to, without the test's port.
        String path = URI.create(location).getPath();
        while (true) {
            ValidatableResponse status = request.get().when().get(path).then().statusCode(200);
            if (status.extract().jsonPath().getBoolean("finished")) {
                IndexingBacklog.awaitEmpty();
                return status;
            }
            assertThat(Instant.now()).as("import job %s still not finished", location).isBefore(deadline);
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
