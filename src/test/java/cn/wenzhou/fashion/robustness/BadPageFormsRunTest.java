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
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import cn.wenzhou.fashion.domain.Roles;
import cn.wenzhou.fashion.testsupport.BeforeAllRequests;
import cn.wenzhou.fashion.testsupport.ImportJobs;
import cn.wenzhou.fashion.testsupport.Parties;
import cn.wenzhou.fashion.testsupport.RawHttp;
import cn.wenzhou.fashion.web.UnexpectedFailures;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The bad-input run of the pages (issue 13, part 7; issue 14): every page route that takes a post gets at least 30
 * mutated form posts ({@link BadPageForms}), every page route read with GET at least 30 requests with mutated query
 * parameters and ids ({@link BadRequests}, as for the API). Each is sent as the user who may act (the record's owner,
 * the party of the cooperation, an admin on the bureau's routes), every third post also as a stranger of that role who
 * owns nothing, every fourth request also anonymously. No answer may be a 5xx, no failure may reach the last-resort
 * mapper ({@link UnexpectedFailures}), every request gets an answer within the client's time-out, a refused request
 * ({@link PageAnswer#refused}) leaves every table's row count as it was, and no HTML answer holds markup that only an
 * unescaped hostile value could have made ({@link PageAnswer#hostileMarkup}). It prints the counts by status and by route.
 * <p>
 * The routes are read from the JAX-RS annotations ({@link PageRoutes}), so a new page route joins the run; one that
 * takes posts must have its form in {@link PageForms}, or the run fails.
 */
@QuarkusTest
@Tag("bad-input")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadPageFormsRunTest {

    private static final long SEED = 20_261_129L;
    private static final Duration TIME_OUT = Duration.ofSeconds(10);
    private static final int MIN_REQUESTS_PER_ROUTE = 30;
    /** {@code library.api.max-json-body-bytes}: the limit of every body but the import's. */
    private static final int BODY_LIMIT_BYTES = 1024 * 1024;
    private static final int CHUNK_BYTES = 65_536;
    /** A reindex takes a second or more: only its valid post is sent as an admin, the others as users who are refused. */
    private static final String REINDEX = "POST /bureau/reindex";
    private static final int REINDEXES = 1;
    private static final int STRANGER_EVERY = 3;
    private static final int ANONYMOUS_EVERY = 4;
    /** Where an accepted upload of the import form redirects: the dashboard following the job. */
    private static final Pattern IMPORT_JOB = Pattern.compile("/bureau\\?job=(\\d+)");

    @Inject
    AgroalDataSource dataSource;

    @Inject
    UnexpectedFailures unexpectedFailures;

    @TestHTTPResource("/")
    URL root;

    private Targets targets;
    private List<ApiOperation> routes;
    private String cursor;

    @BeforeAll
    void recordsToAimAtExist() {
        routes = PageRoutes.all();
        BeforeAllRequests.run(() -> {
            targets = Targets.create();
            cursor = Parties.as(targets.token(targets.admin)).queryParam("q", "鞋底").queryParam("size", 1).get("/api/search")
                    .then().statusCode(200).extract().path("next");
        });
    }

    @AfterEach
    void pagesAnonymousAgain() {
        PageIdentity.anonymous();
    }

    @Test
    void everyPageRouteTakingPostsHasItsFormInTheRun() {
        List<String> posted = routes.stream().filter(route -> !route.method().equals("GET")).map(ApiOperation::key).toList();
        assertThat(posted).as("page routes that take posts, from the JAX-RS annotations").containsExactlyInAnyOrderElementsOf(PageForms.routes());
        assertThat(routes.stream().map(ApiOperation::key).toList()).as("page routes read with GET").contains("GET /search", "GET /needs/{id}",
                "GET /workspace", "GET /bureau", "GET /institutions/{id}", "GET /designers/{id}", "GET /enterprises/{id}");
    }

    @Test
    void everyPageRouteAnswersBadInputWithoutA5xxAndRefusalsWriteNothing() throws InterruptedException {
        long started = System.nanoTime();
        String token = csrfToken();
        Answers answers = Answers.ofPages();
        List<String> hostile = new ArrayList<>();
        RowCounts rows = new RowCounts(dataSource);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIME_OUT).build();
        try (ServerLog log = ServerLog.attach()) {
            Map<String, Long> counts = rows.now();
            boolean changed = false;
            for (ApiOperation route : routes) {
                long routeStarted = System.nanoTime();
                if (changed) {
                    PageIdentity.anonymous();
                    targets = Targets.create();
                    answers.targetsMade((System.nanoTime() - routeStarted) / 1_000_000);
                    counts = rows.now();
                    log.drain();
                    changed = false;
                }
                boolean posted = !route.method().equals("GET");
                List<BadRequest> requests = posted ? new BadPageForms(targets, SEED, token).of(route) : new BadRequests(targets, SEED, cursor).of(route);
                answers.requests(route, requests.size());
                for (int i = 0; i < requests.size(); i++) {
                    BadRequest request = requests.get(i);
                    for (User user : users(route, request, i, posted)) {
                        String who = user.subject() == null ? "anonymous" : user.role() + " " + user.subject();
                        String shown = request.label() + "\n    " + request.shown(route);
                        long unexpected = unexpectedFailures.count();
                        PageIdentity.actAs(user.subject(), user.role());
                        PageAnswer answer = send(http, route, request, who, answers);
                        int status = answer == null ? Answers.NO_ANSWER : answer.status();
                        answers.answer(route, request, who, status, answer == null ? null : answer.contentType());
                        if (answer != null) {
                            answer.hostileMarkup().forEach(found -> hostile.add(status + " as " + who + ": " + shown + "\n    " + found));
                            awaitImport(route, answer, who, shown, answers, log);
                        }
                        Map<String, Long> after = rows.now();
                        boolean refused = answer != null && answer.refused();
                        if (refused && !after.equals(counts)) {
                            answers.wroteOnRefusal(status + " as " + who + ": " + shown + "\n    rows: " + RowCounts.changes(counts, after));
                        }
                        if (unexpectedFailures.count() != unexpected) {
                            answers.reachedLastResort(status + " as " + who + ": " + shown);
                        }
                        if (status >= 500) {
                            Thread.sleep(20); // the error may be logged just after the answer left
                            answers.serverError(route, status, shown, who, log.drain());
                        } else {
                            log.drain();
                        }
                        counts = after;
                        changed |= changesTargets(route) && status == 303 && !refused;
                    }
                }
                answers.took(route, (System.nanoTime() - routeStarted) / 1_000_000);
            }
        }
        PageIdentity.anonymous();
        System.out.println(answers.summary((System.nanoTime() - started) / 1_000_000, rows.millis())
                + "Answers with markup of a request unescaped: " + hostile.size() + "\n  " + String.join("\n  ", hostile));

        assertThat(routes).as("page routes").hasSizeGreaterThan(30);
        assertThat(answers.requestsByOperation()).hasSameSizeAs(routes).allSatisfy((route, count) ->
                assertThat(count).as("bad requests of %s", route).isGreaterThanOrEqualTo(MIN_REQUESTS_PER_ROUTE));
        assertThat(answers.unanswered()).as("requests without an answer within %s", TIME_OUT).isEmpty();
        assertThat(answers.distinctServerErrors()).as("5xx answers").isEmpty();
        assertThat(answers.lastResorts()).as("requests that only the last-resort mapper answered").isEmpty();
        assertThat(answers.writesOnRefusal()).as("refused requests that changed row counts").isEmpty();
        assertThat(hostile).as("answers with markup of a request unescaped").isEmpty();
        int refusedForAccess = answers.count(401) + answers.count(403);
        assertThat(answers.total() - refusedForAccess).as("answers other than 401/403, of %d", answers.total())
                .isGreaterThanOrEqualTo(answers.total() / 2);
    }

    /** The CSRF token that a page gives out in its forms and its cookie, as a browser holds it after reading the need editor. */
    private String csrfToken() {
        PageIdentity.actAs(targets.enterpriseUser, Roles.ENTERPRISE);
        var page = given().get("/needs/new").then().statusCode(200).extract();
        PageIdentity.anonymous();
        String field = Jsoup.parse(page.asString()).select("input[name=" + BadPageForms.CSRF + "]").attr("value");
        assertThat(page.cookie(BadPageForms.CSRF)).as("the CSRF cookie of the need editor").isEqualTo(field).isNotBlank();
        return field;
    }

    /** An accepted upload writes in the background: the job must finish before its rows could be taken for a later refusal's. */
    private void awaitImport(ApiOperation route, PageAnswer answer, String who, String shown, Answers answers, ServerLog log) {
        Matcher job = answer.location() == null ? null : IMPORT_JOB.matcher(answer.location());
        if (!route.key().equals(PageForms.IMPORT) || job == null || !job.find()) {
            return;
        }
        PageIdentity.anonymous();
        String status = ImportJobs.untilFinished(() -> Parties.as(targets.token(targets.admin)), "/api/import/jobs/" + job.group(1))
                .extract().path("status");
        if (!status.equals("FINISHED")) {
            answers.serverError(route, 500, "import job " + status + ": " + shown, who, log.drain());
        }
    }

    /**
     * Whether an accepted post may have changed the state of the records aimed at: a step of a cooperation or a
     * voucher, a decision of the bureau. Requests of cooperation, new needs, applications and imports add records
     * beside them.
     */
    private static boolean changesTargets(ApiOperation route) {
        String path = route.path();
        return route.method().equals("POST") && route.pathParameter() != null && (path.startsWith("/workspace/") || path.startsWith("/bureau/"));
    }

    /** A user a request is sent as; a null subject stands for anonymous. */
    private record User(String subject, String role) {
    }

    /**
     * Each user the request is sent as: the one who may act (an admin on the bureau's routes, else
     * the owner or party of the record aimed at); every third post also a stranger of that role; every fourth request
     * also anonymously (a null subject).
     */
    private List<User> users(ApiOperation route, BadRequest request, int index, boolean posted) {
        List<User> users = new ArrayList<>();
        boolean bureau = route.path().startsWith("/bureau");
        String actor = bureau ? targets.admin : targets.owner(route, request.pathValue(), index);
        if (!route.key().equals(REINDEX) || index < REINDEXES) {
            users.add(new User(actor, targets.role(actor)));
        }
        if (posted && index % STRANGER_EVERY == 1) {
            String role = bureau ? Roles.ENTERPRISE : targets.role(actor);
            users.add(new User("bad-page-stranger-" + role, role));
        }
        if (index % ANONYMOUS_EVERY == 0) {
            users.add(new User(null, null));
        }
        return users;
    }

    /** The answer, or null when none came: then the request is noted as unanswered. */
    private PageAnswer send(HttpClient http, ApiOperation route, BadRequest request, String who, Answers answers) throws InterruptedException {
        try {
            return request.body() != null && request.body().length > BODY_LIMIT_BYTES ? sendChunked(route, request) : sendWhole(http, route, request);
        } catch (IOException e) {
            answers.unanswered((e instanceof HttpTimeoutException ? "time-out" : e.toString()) + " as " + who + ": " + request.label()
                    + "\n    " + request.shown(route));
            return null;
        }
    }

    private PageAnswer sendWhole(HttpClient http, ApiOperation route, BadRequest request) throws IOException, InterruptedException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(root.toString().replaceAll("/$", "") + request.target(route)))
                .timeout(TIME_OUT)
                .method(route.method(), request.body() == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(request.body()));
        if (request.contentType() != null) {
            builder.header("Content-Type", request.contentType());
        }
        request.headers().forEach(builder::header);
        HttpResponse<byte[]> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
        return new PageAnswer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                response.headers().firstValue("Location").orElse(null), new String(response.body(), StandardCharsets.UTF_8));
    }

    /**
     * A body over the limit, sent in chunks over a socket that reads the answer while it writes, as BodySizeLimitTest
     * sends them: the service counts it as it arrives (and the form attribute limit meets it), answers before its end
     * and closes the connection. Sent whole with its Content-Length instead, the 413 would come before a byte of it
     * was read, and the close with the body unread may reset the connection before the client reads the 413.
     */
    private static PageAnswer sendChunked(ApiOperation route, BadRequest request) throws IOException {
        StringBuilder head = new StringBuilder(route.method()).append(' ').append(request.target(route)).append(" HTTP/1.1\r\nHost: localhost");
        if (request.contentType() != null) {
            head.append("\r\nContent-Type: ").append(request.contentType());
        }
        request.headers().forEach((name, value) -> head.append("\r\n").append(name).append(": ").append(value));
        List<byte[]> chunks = new ArrayList<>();
        for (int from = 0; from < request.body().length; from += CHUNK_BYTES) {
            chunks.add(Arrays.copyOfRange(request.body(), from, Math.min(request.body().length, from + CHUNK_BYTES)));
        }
        RawHttp.Answer answer = RawHttp.chunked(head.toString(), chunks.iterator());
        return new PageAnswer(answer.status(), answer.header("Content-Type"), answer.header("Location"), answer.body());
    }
}
