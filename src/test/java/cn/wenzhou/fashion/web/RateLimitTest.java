package cn.wenzhou.fashion.web;

import static cn.wenzhou.fashion.testsupport.Fixtures.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.io.IOException;
import java.net.InetAddress;
import java.util.function.Function;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import cn.wenzhou.fashion.domain.Roles;
import cn.wenzhou.fashion.testsupport.PageForm;
import cn.wenzhou.fashion.testsupport.RawHttp;
import cn.wenzhou.fashion.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Each route group has its own limit, per signed-in user or, anonymously, per client address; over it, 429 with
 * Retry-After and a problem, while other users and addresses go on. Limits of {@link LimitsProfile}: 3 searches,
 * 2 previews, 3 writes an hour, 2 cooperation requests a day; the loopback is a trusted proxy, 127.0.0.2 is not.
 */
@QuarkusTest
@TestProfile(LimitsProfile.class)
class RateLimitTest {

    private static final String DRAFT = "{\"title\":\"鞋底防滑检测\",\"categories\":[\"TESTING_CERTIFICATION\"]}";

    private static RequestSpecification from(String address) {
        return given().header("X-Forwarded-For", address);
    }

    /** An empty body: the service refuses it with 400 (or 403), yet it counts, as the limit comes first. */
    private static Response postEmpty(String token, String path) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body("{}").post(path);
    }

    /** Sends {@code allowed} requests that must pass, then one that must be refused; returns the refusal. */
    private static Response exhaust(int allowed, Function<Integer, Response> request) {
        for (int i = 0; i < allowed; i++) {
            request.apply(i).then().statusCode(not(equalTo(429)));
        }
        Response refused = request.apply(allowed);
        refused.then().statusCode(429).contentType("application/problem+json").body("status", equalTo(429));
        return refused;
    }

    private static long retryAfter(Response refused) {
        return Long.parseLong(refused.header("Retry-After"));
    }

    @Test
    void searchAndSuggestionsShareALimitPerAddress() {
        String client = "203.0.113.10";
        Response refused = exhaust(LimitsProfile.SEARCHES, i -> i % 2 == 0
                ? from(client).queryParam("q", "鞋底").get("/api/search")
                : from(client).queryParam("q", "鞋").get("/api/suggest"));

        // 3 an hour, refilled evenly: the next one in at most 20 minutes.
        assertThat(retryAfter(refused)).isBetween(1L, 1_200L);
        refused.then().body("detail", org.hamcrest.Matchers.containsString("library.rate-limit.search"));
        from("203.0.113.11").queryParam("q", "鞋底").get("/api/search").then().statusCode(200);
    }

    @Test
    void aPageOverItsLimitIsAPageSayingSo() {
        String client = "203.0.113.60";
        for (int i = 0; i < LimitsProfile.PAGES; i++) {
            from(client).queryParam("q", "鞋").get("/search").then().statusCode(200);
        }
        Response refused = from(client).queryParam("q", "鞋").get("/search");

        refused.then().statusCode(429).contentType("text/html;charset=UTF-8");
        assertThat(retryAfter(refused)).isBetween(1L, 3_600L);
        assertThat(Jsoup.parse(refused.asString()).select("h1").text()).isEqualTo("请求过于频繁，请稍后再试");
    }

    @Test
    void previewIsLimitedPerAddress() {
        String client = "203.0.113.20";
        Response refused = exhaust(LimitsProfile.PREVIEWS,
                i -> from(client).contentType(ContentType.JSON).body(DRAFT).post("/api/matches"));

        assertThat(retryAfter(refused)).isBetween(1L, 1_800L);
        from("203.0.113.21").contentType(ContentType.JSON).body(DRAFT).post("/api/matches").then().statusCode(200);
    }

    @Test
    void aTokenThatFailsCountsByAddressAndChangesNoOpenAnswer() {
        String client = "203.0.113.40";
        String tampered = Tokens.tampered(unique("previewer"), Roles.ENTERPRISE);
        // The preview ignores tokens, a broken one too: the limit does not turn it into a 401.
        for (int i = 0; i < LimitsProfile.PREVIEWS; i++) {
            from(client).auth().oauth2(tampered).contentType(ContentType.JSON).body(DRAFT).post("/api/matches").then().statusCode(200);
        }

        from(client).contentType(ContentType.JSON).body(DRAFT).post("/api/matches").then().statusCode(429);
    }

    @Test
    void writesAreLimitedPerUserNotPerAddress() {
        String user = Tokens.of(unique("writer"), Roles.ADMIN);
        Response refused = exhaust(LimitsProfile.WRITES, i -> postEmpty(user, "/api/institutions"));

        assertThat(retryAfter(refused)).isBetween(1L, 1_200L);
        // Another user from the same address is not affected.
        postEmpty(Tokens.of(unique("writer"), Roles.ADMIN), "/api/institutions").then().statusCode(400);
    }

    @Test
    void cooperationRequestsHaveALimitPerDayOfTheirOwn() {
        String user = Tokens.of(unique("requester"), Roles.ENTERPRISE);
        Response refused = exhaust(LimitsProfile.COOPERATION_REQUESTS, i -> postEmpty(user, "/api/cooperations"));

        // 2 a day: the next one in up to 12 hours, well over an hour; the user's other writes have their own limit.
        assertThat(retryAfter(refused)).isBetween(3_600L, 43_200L);
        postEmpty(user, "/api/needs").then().statusCode(not(equalTo(429)));
    }

    /** Pages are signed in with a session, not a token: the user is a test identity, the same for API and pages. */
    @Test
    @TestSecurity(user = "page-requester", roles = Roles.ENTERPRISE)
    void pagesThatPreviewOrRequestCooperationShareTheApisLimitsAndSaySoOnThePage() {
        for (int i = 0; i < LimitsProfile.PREVIEWS; i++) {
            given().contentType(ContentType.JSON).body(DRAFT).post("/api/matches").then().statusCode(200);
        }
        given().contentType(ContentType.JSON).body("{\"name\":\"温州限流测试鞋业\",\"industries\":[\"FOOTWEAR\"],\"district\":\"OUHAI\"}")
                .post("/api/enterprises").then().statusCode(201);
        PageForm editor = PageForm.of("/needs/new", "#need-form");

        // The editor's live list, as htmx posts it, by the user who used up their previews through the API.
        String preview = editor.to("/needs/preview").with("title", "鞋底防滑检测").post().then().statusCode(200).extract().asString();
        assertThat(preview).contains("预览过于频繁，请稍候片刻。").doesNotContain("class=\"match\"");

        for (int i = 0; i < LimitsProfile.COOPERATION_REQUESTS; i++) {
            given().contentType(ContentType.JSON).body("{}").post("/api/cooperations").then().statusCode(400);
        }
        Response refused = editor.to("/needs/1/cooperations").with("partnerKind", "institution").with("partnerId", "1").post();
        assertThat(refused.statusCode()).isEqualTo(303);
        assertThat(refused.header("Location")).endsWith("/needs/1?notice=TOO_MANY#notice");
    }

    @Test
    void forwardedForFromAPeerThatIsNoTrustedProxyIsIgnored() throws IOException {
        InetAddress untrusted = InetAddress.getByName("127.0.0.2");
        for (int i = 0; i < LimitsProfile.SEARCHES; i++) {
            RawHttp.Answer answer = RawHttp.send(untrusted, "GET /api/search?q=x HTTP/1.1\r\nHost: localhost\r\nX-Forwarded-For: 192.0.2." + i);
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        }

        RawHttp.Answer refused = RawHttp.send(untrusted, "GET /api/search?q=x HTTP/1.1\r\nHost: localhost\r\nX-Forwarded-For: 192.0.2.99");

        assertThat(refused.status()).isEqualTo(429);
        assertThat(Long.parseLong(refused.header("Retry-After"))).isPositive();
    }

    @Test
    void forwardedForFromATrustedProxyNamesTheAddressItReceivedFrom() {
        // The proxy appends the address it saw; a client may have written anything before it.
        exhaust(LimitsProfile.SEARCHES, i -> from("198.51.100." + i + ", 203.0.113.30").queryParam("q", "x").get("/api/search"));

        from("198.51.100.200, 203.0.113.30").queryParam("q", "x").get("/api/search").then().statusCode(429);
        from("203.0.113.31").queryParam("q", "x").get("/api/search").then().statusCode(200);
    }
}
