package cn.wenzhou.fashion.robustness;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.wenzhou.fashion.domain.Roles;
import cn.wenzhou.fashion.testsupport.BeforeAllRequests;
import cn.wenzhou.fashion.testsupport.ImportJobs;
import cn.wenzhou.fashion.testsupport.Parties;
import cn.wenzhou.fashion.web.UnexpectedFailures;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The bad-input run (issue 13, part 7): for every operation of the served OpenAPI document, at least 30 requests
 * made from its schema that each break one thing ({@link BadRequests}), aimed at real records and at unknown ones,
 * sent as an admin and as the owner of the record, every fourth one anonymously too. No answer may be a 5xx, no
 * failure may reach the last-resort mapper ({@link UnexpectedFailures}: each case has a mapping of its own), every
 * request gets an answer within the client's time-out, and a refused request (4xx) leaves every table's row count
 * as it was. It prints the counts by status and by operation, and each 5xx with the request and the logged cause.
 * <p>
 * The requests are the same on every run (fixed seed); the records they aim at are made again whenever an accepted
 * request may have changed their states, so that each operation meets them as they were made.
 */
@QuarkusTest
@Tag("bad-input")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputRunTest {

    private static final long SEED = 20_261_128L;
    private static final Duration TIME_OUT = Duration.ofSeconds(10);
    private static final int MIN_REQUESTS_PER_OPERATION = 30;
    /** A reindex takes a second or more: only its valid request is sent as an admin, the others as users who are refused. */
    private static final String REINDEX = "POST /api/admin/reindex";
    private static final String IMPORT = "POST /api/import";
    private static final int REINDEXES = 1;
    /** A reindex rebuilds every index while its caller waits (12 s seen on a loaded machine): it is not a hung request. */
    private static final Duration REINDEX_TIME_OUT = Duration.ofSeconds(60);
    /** Each request that closes an account closes one of its own: an admin's and an enterprise user's, fresh each time. */
    private static final String CLOSE_ACCOUNT = "DELETE /api/me";
    private static final int ANONYMOUS_EVERY = 4;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    UnexpectedFailures unexpectedFailures;

    @TestHTTPResource("/")
    URL root;

    private Targets targets;
    private List<ApiOperation> operations;
    private String cursor;

    @BeforeAll
    void recordsToAimAtExist() {
        BeforeAllRequests.run(() -> {
            targets = Targets.create();
            String document = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString();
            try {
                operations = ApiOperation.of(new ObjectMapper().readTree(document)).stream().map(targets::pinned).toList();
            } catch (IOException e) {
                throw new IllegalStateException("/q/openapi is not JSON", e);
            }
            cursor = Parties.as(targets.token(targets.admin)).queryParam("q", "鞋底").queryParam("size", 1).get("/api/search")
                    .then().statusCode(200).extract().path("next");
        });
    }

    @Test
    void everyOperationAnswersBadInputWithoutA5xxAndRefusalsWriteNothing() throws InterruptedException {
        long started = System.nanoTime();
        Answers answers = Answers.ofApi();
        RowCounts rows = new RowCounts(dataSource);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIME_OUT).build();
        try (ServerLog log = ServerLog.attach()) {
            Map<String, Long> counts = rows.now();
            boolean changed = false;
            for (ApiOperation operation : operations) {
                long operationStarted = System.nanoTime();
                if (changed) {
                    targets = Targets.create();
                    answers.targetsMade((System.nanoTime() - operationStarted) / 1_000_000);
                    counts = rows.now();
                    log.drain();
                    changed = false;
                }
                List<BadRequest> requests = new BadRequests(targets, SEED, cursor).of(operation);
                answers.requests(operation, requests.size());
                for (int i = 0; i < requests.size(); i++) {
                    BadRequest request = requests.get(i);
                    List<String> users = users(operation, request, i);
                    if (operation.key().equals(CLOSE_ACCOUNT)) {
                        counts = rows.now(); // its users signed in just now
                    }
                    for (String user : users) {
                        String who = who(user);
                        long unexpected = unexpectedFailures.count();
                        HttpResponse<Void> response = send(http, operation, request, user, answers);
                        int status = response == null ? Answers.NO_ANSWER : response.statusCode();
                        answers.answer(operation, request, who, status, response == null ? null
                                : response.headers().firstValue("Content-Type").orElse(null));
                        if (status == 202 && operation.key().equals(IMPORT)) {
                            // The job writes in the background: its rows must not be taken for those of a later refusal.
                            String job = ImportJobs.untilFinished(() -> Parties.as(targets.token(user)), response.headers().firstValue("Location")
                                    .orElseThrow()).extract().path("status");
                            if (!job.equals("FINISHED")) {
                                answers.serverError(operation, 500, "import job " + job + ": " + request.label() + "\n    " + request.shown(operation), who,
                                        log.drain());
                            }
                        }
                        Map<String, Long> after = rows.now();
                        if (status >= 400 && !after.equals(counts)) {
                            answers.wroteOnRefusal(status + " as " + who + ": " + request.label() + "\n    " + request.shown(operation)
                                    + "\n    rows: " + RowCounts.changes(counts, after));
                        }
                        if (unexpectedFailures.count() != unexpected) {
                            answers.reachedLastResort(status + " as " + who + ": " + request.label() + "\n    " + request.shown(operation));
                        }
                        if (status >= 500) {
                            Thread.sleep(20); // the error may be logged just after the answer left
                            answers.serverError(operation, status, request.label() + "\n    " + request.shown(operation), who, log.drain());
                        } else {
                            log.drain();
                        }
                        counts = after;
                        changed |= changesTargets(operation) && status >= 200 && status < 300;
                    }
                }
                answers.took(operation, (System.nanoTime() - operationStarted) / 1_000_000);
            }
        }
        System.out.println(answers.summary((System.nanoTime() - started) / 1_000_000, rows.millis()));

        assertThat(operations).as("operations of /q/openapi").hasSizeGreaterThan(60);
        assertThat(answers.requestsByOperation()).allSatisfy((operation, count) ->
                assertThat(count).as("bad requests of %s", operation).isGreaterThanOrEqualTo(MIN_REQUESTS_PER_OPERATION));
        assertThat(answers.unanswered()).as("requests without an answer within %s", TIME_OUT).isEmpty();
        assertThat(answers.distinctServerErrors()).as("5xx answers").isEmpty();
        assertThat(answers.lastResorts()).as("requests that only the last-resort mapper answered").isEmpty();
        assertThat(answers.writesOnRefusal()).as("refused requests that changed row counts").isEmpty();
        int refusedForAccess = answers.count(401) + answers.count(403);
        assertThat(answers.total() - refusedForAccess).as("answers other than 401/403, of %d", answers.total())
                .isGreaterThanOrEqualTo(answers.total() / 2);
    }

    /**
     * Whether an accepted request of the operation may have changed the state of the records aimed at or of their users:
     * deleting, assigning, merging, deciding, moving a cooperation or a voucher on, disabling a user. Replacing a
     * record's fields, approving its owner, verifying its credit code or claiming it leave the states that other
     * operations meet as they were; creating records, importing and reindexing leave the records aimed at alone.
     */
    private static boolean changesTargets(ApiOperation operation) {
        String path = operation.path();
        if (operation.method().equals("GET") || operation.pathParameter() == null) {
            return false;
        }
        boolean replace = operation.method().equals("PUT") && path.endsWith("/{id}");
        return !replace && !path.endsWith("/approval") && !path.endsWith("/verification") && !path.endsWith("/claim");
    }

    /** The admin and the owner of the record; every fourth request anonymously too. Null stands for anonymous. */
    private List<String> users(ApiOperation operation, BadRequest request, int index) {
        List<String> users = new ArrayList<>();
        if (operation.key().equals(CLOSE_ACCOUNT)) {
            users.add(targets.newUser(Roles.ADMIN));
            users.add(targets.newUser(Roles.ENTERPRISE));
        } else {
            if (!operation.key().equals(REINDEX) || index < REINDEXES) {
                users.add(targets.admin);
            }
            users.add(targets.owner(operation, request.pathValue(), index));
        }
        if (index % ANONYMOUS_EVERY == 0) {
            users.add(null);
        }
        return users;
    }

    private String who(String user) {
        return user == null ? "anonymous" : targets.role(user) + " " + user;
    }

    /** The response, or null when none came: then the request is noted as unanswered. */
    private HttpResponse<Void> send(HttpClient http, ApiOperation operation, BadRequest request, String user, Answers answers)
            throws InterruptedException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(root.toString().replaceAll("/$", "") + request.target(operation)))
                .timeout(operation.key().equals(REINDEX) ? REINDEX_TIME_OUT : TIME_OUT)
                .method(operation.method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(request.body()));
        if (request.contentType() != null) {
            builder.header("Content-Type", request.contentType());
        }
        request.headers().forEach(builder::header);
        if (user != null) {
            builder.header("Authorization", "Bearer " + targets.token(user));
        }
        try {
            return http.send(builder.build(), HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            answers.unanswered((e instanceof HttpTimeoutException ? "time-out" : e.toString()) + " as " + who(user) + ": " + request.label()
                    + "\n    " + request.shown(operation));
            return null;
        }
    }
}
