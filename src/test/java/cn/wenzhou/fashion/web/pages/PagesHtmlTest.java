package cn.wenzhou.fashion.web.pages;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import cn.wenzhou.fashion.testsupport.BeforeAllRequests;
import cn.wenzhou.fashion.testsupport.Corpus;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Every page, read as HTML without a browser and without a token (anonymous): nothing inline that the content
 * security policy would have to allow, every field labelled, the language declared, stored markup shown as text,
 * no contact details and no needs.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PagesHtmlTest {

    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    private long hostile;

    @BeforeAll
    void recordsExist() {
        BeforeAllRequests.run(() -> {
            Corpus.importAsAdmin();
            hostile = HostileRecords.institution();
        });
    }

    private List<String> pages() {
        String hit = firstHref("/search?q=鞋底防滑&kind=designer");
        String enterprise = firstHref("/search?kind=enterprise");
        return List.of("/", "/?lang=en", "/suggestions?q=鞋", "/search?q=鞋底防滑", "/search?q=鞋底防滑&industry=FOOTWEAR&kind=institution&lang=en",
                "/search?q=" + HostileRecords.WORD, "/institutions/" + hostile, hit, enterprise);
    }

    private static String firstHref(String search) {
        return Jsoup.parse(given().when().get(search).then().statusCode(200).extract().asString()).select(".hit a[href]").first().attr("href");
    }

    @Test
    void pagesRunNothingInlineLabelEveryFieldAndDeclareTheirLanguage() {
        for (String path : pages()) {
            Response response = given().when().get(path).then().statusCode(200).extract().response();
            assertThat(response.header("Content-Security-Policy")).as(path).isEqualTo(POLICY);
            assertThat(response.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(response.header("Referrer-Policy")).as(path).isEqualTo("strict-origin-when-cross-origin");
            Document page = Jsoup.parse(response.asString());
            for (Element script : page.select("script")) {
                assertThat(script.hasAttr("src") && script.data().isBlank()).as(path + ": " + script).isTrue();
            }
            assertThat(page.select("style")).as(path).isEmpty();
            for (Element element : page.getAllElements()) {
                assertThat(element.attributes().asList()).as(path + ": " + element.tagName())
                        .noneMatch(a -> a.getKey().toLowerCase().startsWith("on") || a.getKey().equalsIgnoreCase("style")
                                || a.getKey().startsWith("hx-on"));
            }
            for (Element form : page.select("form:not([method=get])")) {
                assertThat(form.select("input[type=hidden][name=csrf-token]").attr("value")).as(path + ": CSRF field of " + form.attr("action"))
                        .hasSize(22);
            }
            for (Element field : page.select("input:not([type=hidden]), select, textarea")) {
                assertThat(labelled(page, field)).as(path + ": " + field).isTrue();
            }
            if (!path.startsWith("/suggestions")) {
                assertThat(page.selectFirst("html").attr("lang")).as(path).isIn("zh-CN", "en");
                assertThat(page.select("main")).as(path).hasSize(1);
            }
        }
    }

    private static boolean labelled(Document page, Element field) {
        return !field.id().isEmpty() && !page.select("label[for=" + field.id() + "]").isEmpty() || field.closest("label") != null
                || field.hasAttr("aria-label");
    }

    @Test
    void markupInARecordIsShownAsTextOnSearchAndProfilePages() {
        for (String path : List.of("/search?q=" + HostileRecords.WORD, "/institutions/" + hostile)) {
            Document page = Jsoup.parse(given().when().get(path).then().statusCode(200).extract().asString());
            assertThat(page.select("main script, main img")).as(path).isEmpty();
            assertThat(page.select("main").text()).as(path).contains(HostileRecords.MARKUP);
        }
    }

    @Test
    void anonymousReadersSeeNoContactDetailsAndNoNeeds() {
        for (String path : pages()) {
            String html = given().when().get(path).then().statusCode(200).extract().asString();
            assertThat(html).as(path).doesNotContain(HostileRecords.PHONE).doesNotContain(HostileRecords.EMAIL);
            Document page = Jsoup.parse(html);
            assertThat(page.select("input[name=kind][value=need], a[href*=kind=need]")).as(path).isEmpty();
        }
        // A need's title from the corpus finds nothing of kind need.
        Document search = Jsoup.parse(given().when().get("/search?q=鞋底防滑&kind=need").then().statusCode(200).extract().asString());
        assertThat(search.select(".hit")).isEmpty();
    }

    @Test
    void englishIsChosenByParameterRememberedInACookieOrAskedByTheBrowser() {
        Response chosen = given().when().get("/?lang=en").then().statusCode(200).extract().response();
        assertThat(Jsoup.parse(chosen.asString()).selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(chosen.getCookie("lang")).isEqualTo("en");
        assertThat(Jsoup.parse(given().cookie("lang", "en").when().get("/").asString()).selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(Jsoup.parse(given().header("Accept-Language", "en-GB,en;q=0.8").when().get("/").asString()).selectFirst("html").attr("lang"))
                .isEqualTo("en");
        Document chinese = Jsoup.parse(given().when().get("/search?industry=FOOTWEAR").asString());
        assertThat(chinese.selectFirst("html").attr("lang")).isEqualTo("zh-CN");
        assertThat(chinese.select("label[for=f-industry-FOOTWEAR]").text()).startsWith("鞋业");
        assertThat(Jsoup.parse(given().when().get("/search?industry=FOOTWEAR&lang=en").asString()).select("label[for=f-industry-FOOTWEAR]").text())
                .startsWith("Footwear");
    }

    /**
     * Pages without charts stay under 150 KB transferred: the HTML and every file it loads (scripts, style sheets,
     * images), each counted once per page as a browser without a cache would fetch it.
     */
    @Test
    void pagesWithoutChartsWeighLessThan150Kilobytes() {
        for (String path : pages()) {
            byte[] html = given().when().get(path).then().statusCode(200).extract().asByteArray();
            Document page = Jsoup.parse(new String(html, StandardCharsets.UTF_8));
            long bytes = html.length;
            Set<String> files = new LinkedHashSet<>(page.select("script[src]").eachAttr("src"));
            files.addAll(page.select("link[rel=stylesheet][href]").eachAttr("href"));
            files.addAll(page.select("img[src]").eachAttr("src"));
            for (String file : files) {
                assertThat(file).as(path + " loads only the service's own files").startsWith("/");
                bytes += given().when().get(file).then().statusCode(200).extract().asByteArray().length;
            }
            System.out.printf("page weight %-70s %,9d bytes (%d files)%n", path, bytes, files.size());
            assertThat(bytes).as(path + " with " + files).isLessThan(150 * 1024);
        }
    }

    @Test
    void htmxIsServedFromItsWebjarAndTheApiKeepsItsHeaders() {
        given().when().get("/webjars/htmx.org/2.0.4/dist/htmx.min.js").then().statusCode(200);
        given().when().get("/pages.js").then().statusCode(200);
        given().when().get("/pages.css").then().statusCode(200);
        assertThat(given().when().get("/api/search?q=鞋").then().statusCode(200).extract().header("Content-Security-Policy")).isNull();
    }
}
