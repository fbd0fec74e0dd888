package cn.wenzhou.fashion.web.pages;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;

/** A refusal on a page route is a page in the reader's language, with the API's status and request id; the API keeps JSON. */
@QuarkusTest
class ErrorPagesTest {

    private static Document errorPage(Response response, int status) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.contentType()).isEqualTo("text/html;charset=UTF-8");
        assertThat(response.header("Content-Security-Policy")).startsWith("default-src 'self'; script-src 'self'");
        Document page = Jsoup.parse(response.asString());
        assertThat(page.select("p.request-id code").text()).isEqualTo(response.header("X-Request-Id"));
        assertThat(page.select("main a[href=/]")).hasSize(1);
        return page;
    }

    @Test
    void aMissingProfileIsANotFoundPageInTheReadersLanguage() {
        Document chinese = errorPage(given().when().get("/institutions/987654321"), 404);
        assertThat(chinese.select("h1").text()).isEqualTo("未找到");
        assertThat(chinese.selectFirst("html").attr("lang")).isEqualTo("zh-CN");
        Document english = errorPage(given().when().get("/institutions/987654321?lang=en"), 404);
        assertThat(english.select("h1").text()).isEqualTo("Not found");
        assertThat(english.select("a.sign-in")).hasSize(1);
    }

    @Test
    void aBadParameterIsAPageNamingIt() {
        Document page = errorPage(given().when().get("/search?q=鞋&sort=FOO"), 400);
        assertThat(page.select("h1").text()).isEqualTo("请求有误");
        assertThat(page.select("main").text()).contains("sort");
    }

    @Test
    @TestSecurity(user = "error-pages-enterprise", roles = "enterprise")
    void theDashboardRefusesNonAdminsWithAPage() {
        Document page = errorPage(given().when().get("/bureau"), 403);
        assertThat(page.select("h1").text()).isEqualTo("无权访问");
        assertThat(page.select(".user-name strong").text()).isEqualTo("error-pages-enterprise");
    }

    /** Found by the bad-input run of the pages: these pages were a 500, their user unresolvable on the IO thread. */
    @Test
    @TestSecurity(user = "error-pages-enterprise", roles = "enterprise")
    void aBodyRefusedBeforeAWorkerTookItIsAPageWithoutTheUser() {
        Document tooLarge = errorPage(given().contentType("application/json").body("{\"padding\":\"" + "a".repeat(1_200_000) + "\"}")
                .when().post("/workspace/cooperations/1/accept"), 413);
        assertThat(tooLarge.select(".user-name")).isEmpty();
        assertThat(tooLarge.select("form")).isEmpty();
        Document wrongType = errorPage(given().contentType("application/json").body("{}").when().post("/workspace/cooperations/1/accept"), 415);
        assertThat(wrongType.select("form")).isEmpty();
    }

    @Test
    void theApiKeepsItsProblemBodies() {
        given().when().get("/api/institutions/987654321").then().statusCode(404).contentType("application/problem+json");
    }
}
