package cn.wenzhou.fashion.web.pages;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.io.IOException;
import java.net.URI;
import java.net.URL;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import cn.wenzhou.fashion.testsupport.Fixtures;
import cn.wenzhou.fashion.testsupport.ImportJobs;
import cn.wenzhou.fashion.testsupport.PageForm;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/**
 * The pages' header for anonymous and signed-in readers, the start of the sign-in, and the CSRF check: page forms
 * need the token, the bearer API and the NDJSON import do not.
 */
@QuarkusTest
class SignInPagesTest {

    private static Document page(String path) {
        return Jsoup.parse(given().when().get(path).then().statusCode(200).extract().asString());
    }

    @Test
    void anonymousReadersSeeASignInLinkBackToThePage() {
        Document search = page("/search?q=鞋底&kind=institution");
        assertThat(search.select("a.sign-in").attr("href")).isEqualTo("/signin?to=%2Fsearch%3Fq%3D%25E9%259E%258B%25E5%25BA%2595%26kind%3Dinstitution");
        assertThat(search.select("form[action=/signout]")).isEmpty();
        assertThat(search.select("select#dev-user")).isEmpty();
        assertThat(search.select("header a.place")).isEmpty();
    }

    @Test
    @TestSecurity(user = "ent-a", roles = "enterprise")
    void signedInReadersSeeTheirNameAndASignOutFormWithTheCsrfField() {
        Response home = given().when().get("/").then().statusCode(200).extract().response();
        Document page = Jsoup.parse(home.asString());
        assertThat(page.select(".user-name strong").text()).isEqualTo("ent-a");
        assertThat(page.select("a.sign-in")).isEmpty();
        var form = page.selectFirst("form[action=/signout]");
        assertThat(form.attr("method")).isEqualTo("post");
        String token = form.select("input[type=hidden][name=csrf-token]").attr("value");
        assertThat(token).hasSize(22);
        assertThat(home.cookie("csrf-token")).isEqualTo(token);
        assertThat(page.select("header a.place").eachAttr("href")).containsExactly("/workspace", "/inbox", "/needs/new");
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void adminsFindTheirDashboardInTheHeader() {
        Document page = Jsoup.parse(given().when().get("/search").then().statusCode(200).extract().asString());
        assertThat(page.select("header a.place").eachAttr("href")).containsExactly("/workspace", "/inbox", "/bureau");
    }

    @Test
    void signInSendsAnonymousReadersToKeycloakWithPkce() {
        String location = given().redirects().follow(false).when().get("/signin?to=/search")
                .then().statusCode(302).extract().header("Location");
        URI keycloak = URI.create(location);
        // The test's OIDC server (WireMock) names its authorization endpoint after the realm.
        assertThat(keycloak.getPath()).isEqualTo("/auth/realms/quarkus");
        assertThat(keycloak.getQuery()).contains("client_id=library-pages").contains("response_type=code")
                .contains("code_challenge_method=S256").contains("code_challenge=");
        assertThat(keycloak.getQuery()).containsPattern("redirect_uri=http://localhost:\\d+/signin(&|$)");
    }

    @Test
    @TestSecurity(user = "ent-a", roles = "enterprise")
    void signInComesBackToAPageOfThisHostOnly() {
        assertThat(signInTo("/search?q=x")).endsWith("/search?q=x");
        for (String elsewhere : new String[] {"//evil.example/x", "https://evil.example/", "/\\evil.example", "search"}) {
            assertThat(URI.create(signInTo(elsewhere)).getPath()).as(elsewhere).isEqualTo("/");
            assertThat(URI.create(signInTo(elsewhere)).getHost()).as(elsewhere).isEqualTo("localhost");
        }
    }

    private static String signInTo(String to) {
        return given().redirects().follow(false).queryParam("to", to).when().get("/signin").then().statusCode(303).extract().header("Location");
    }

    @Test
    @TestSecurity(user = "ent-a", roles = "enterprise")
    void aPageFormWithoutTheCsrfTokenIsRefused() {
        PageForm signOut = PageForm.of("/", "form[action=/signout]");
        signOut.with("csrf-token", "").post().then().statusCode(400);
        String refusal = signOut.with("csrf-token", "AAAAAAAAAAAAAAAAAAAAAA").post().then().statusCode(400)
                .contentType(startsWith("text/html")).extract().asString();
        // A page in the reader's language that says why, not an empty answer.
        assertThat(Jsoup.parse(refusal).select("main .notice.refused").text()).isEqualTo("表单已过期或并非来自本站页面：请刷新页面后重新提交。");
        // The token without its cookie: a page of another site cannot read or set the cookie.
        given().redirects().follow(false).contentType(ContentType.URLENC).formParam("csrf-token", signOut.value("csrf-token"))
                .when().post("/signout").then().statusCode(400);
        // With both, as the browser sends the page's form: accepted (a test identity has no Keycloak session to end).
        signOut.post().then().statusCode(303)
                .header("Location", endsWith("/"));
    }

    @Test
    void theDevUserChooserIsNotFoundOutsideDevMode() {
        PageForm signIn = PageForm.of("/", "html");
        given().redirects().follow(false).cookies(signIn.cookies()).contentType(ContentType.URLENC)
                .formParam("csrf-token", signIn.cookies().get("csrf-token")).formParam("user", "admin")
                .when().post("/dev-user").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "inst-a", roles = "institution")
    void theJsonApiTakesWritesWithoutACsrfToken() {
        Response created = given().contentType(ContentType.JSON).body(Fixtures.asUserSends(Fixtures.institution(Fixtures.unique("csrf"), "无令牌写入实验室")))
                .when().post("/api/institutions").then().statusCode(201).extract().response();
        assertThat(created.cookie("csrf-token")).isNull();
        assertThat(given().when().get("/api/search?q=鞋").then().statusCode(200).extract().cookie("csrf-token")).isNull();
    }

    @Test
    @TestSecurity(user = "test-admin", roles = "admin")
    void theNdjsonImportTakesNoCsrfToken() {
        String line = "{\"kind\":\"designer\",\"externalId\":\"" + Fixtures.unique("csrf-des") + "\",\"name\":\"导入设计师\",\"industries\":[\"APPAREL\"],"
                + "\"location\":{\"country\":\"CN\",\"city\":\"温州市\",\"district\":\"OUHAI\"}}\n";
        // Accepted as a job (202) without a token field or cookie, and it creates the record.
        ImportJobs.finished(RestAssured::given, line).body("created", equalTo(1));
    }

    @Test
    void theApiNeverReadsThePagesSession() {
        given().cookie("q_session_pages", "anything").when().get("/api/me")
                .then().statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", "Bearer");
    }

    @Test
    void productionTakesThePagesSecretsFromTheEnvironmentOnly() throws IOException {
        URL properties = getClass().getClassLoader().getResource("application.properties");
        SmallRyeConfig prod = new SmallRyeConfigBuilder().withProfile("prod").withSources(new PropertiesConfigSource(properties)).build();
        assertThatThrownBy(() -> prod.getValue("quarkus.oidc.pages.token-state-manager.encryption-secret", String.class))
                .hasMessageContaining("PAGE_SESSION_SECRET");
        assertThatThrownBy(() -> prod.getValue("quarkus.oidc.pages.credentials.secret", String.class)).hasMessageContaining("OIDC_PAGES_CLIENT_SECRET");
        SmallRyeConfig configured = new SmallRyeConfigBuilder().withProfile("prod").withSources(new PropertiesConfigSource(properties))
                .withDefaultValue("PAGE_SESSION_SECRET", "a-secret-that-every-replica-shares-0123").build();
        assertThat(configured.getValue("quarkus.oidc.pages.authentication.state-secret", String.class))
                .isEqualTo("a-secret-that-every-replica-shares-0123");
        assertThat(configured.getValue("quarkus.oidc.pages.authentication.pkce-required", Boolean.class)).isTrue();
    }
}
