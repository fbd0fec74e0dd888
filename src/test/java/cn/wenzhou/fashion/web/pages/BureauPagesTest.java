package cn.wenzhou.fashion.web.pages;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.wenzhou.fashion.testsupport.VoucherHistory;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;

/**
 * The bureau's dashboard over the small voucher history of {@link VoucherHistory}, written in 2013 (2014 for C's
 * second voucher), years no other test redeems in: the same figures as the statistics API's test gives for its year.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestSecurity(user = "bureau-admin", roles = "admin")
class BureauPagesTest {

    private static final String YEAR = "/bureau?from=2013&to=2013";
    private static final String PREFIX = "工作台测试企业";
    /** The pages' policy, except style attributes, which ECharts' SVG renderer writes (application.properties). */
    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; style-src-attr 'unsafe-inline'; img-src 'self' data:; "
            + "frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    @BeforeAll
    void historyIsWritten() {
        VoucherHistory.write(2013, PREFIX);
    }

    /** The cookies of the last page read, which a browser would send back with the page's forms. */
    private static Map<String, String> cookies = Map.of();

    private static Document page(String path) {
        // As a browser: the cookies it holds go with the request, the ones the page sets replace them.
        Response response = given().cookies(cookies).when().get(path).then().statusCode(200).contentType("text/html").extract().response();
        Map<String, String> held = new HashMap<>(cookies);
        held.putAll(response.cookies());
        cookies = held;
        assertThat(response.header("Content-Security-Policy")).isEqualTo(POLICY);
        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        return Jsoup.parse(response.asString());
    }

    private static List<String> cells(Document page, String table, String key) {
        return page.select("#table-" + table + " tr[data-key=" + key + "] > *").eachText();
    }

    @Test
    void figuresByDistrictIndustryAndYearAreTablesAndCharts() throws Exception {
        Document page = page(YEAR);

        assertThat(cells(page, "district", "OUHAI")).containsExactly("瓯海区", "3", "75.0%", "1", "33.3%", "6500.50", "81.3%", "1500.50", "23.1%");
        assertThat(cells(page, "district", "LUCHENG")).containsExactly("鹿城区", "1", "25.0%", "1", "100.0%", "1500.00", "18.7%", "1500.00", "100.0%");
        assertThat(cells(page, "industry", "FOOTWEAR")).containsExactly("鞋业", "1", "25.0%", "1", "100.0%", "1500.50", "18.8%", "1500.50", "100.0%");
        assertThat(cells(page, "industry", "OTHER")).containsExactly("其他行业", "2", "50.0%", "0", "0.0%", "5000.00", "62.5%", "0.00", "0.0%");
        assertThat(cells(page, "year", "2013")).containsExactly("2013", "4", "100.0%", "2", "50.0%", "8000.50", "100.0%", "3000.50", "37.5%");
        // The seed's districts at a glance: Ouhai first, then Lucheng (Rui'an redeemed nothing in 2013).
        assertThat(page.select(".seed-district").eachAttr("data-district")).containsExactly("OUHAI", "LUCHENG");

        Element chart = page.selectFirst("#chart-district.chart[data-chart]");
        assertThat(chart).isNotNull();
        JsonNode figures = new ObjectMapper().readTree(chart.attr("data-chart"));
        assertThat(figures.path("categories").toString()).isEqualTo("[\"鹿城区\",\"瓯海区\"]");
        assertThat(figures.path("series").get(0).path("values").toString()).isEqualTo("[1,3]");
        assertThat(figures.path("series").get(1).path("values")).extracting(JsonNode::asDouble).containsExactly(1500.00, 6500.50);
        assertThat(page.select(".chart[data-chart]").eachAttr("id")).containsExactly("chart-district", "chart-industry", "chart-year", "chart-funnel");
        assertThat(page.select("script[src]").eachAttr("src")).contains("/webjars/echarts/5.3.1/dist/echarts.min.js", "/bureau-charts.js");
        for (Element script : page.select("script")) {
            assertThat(script.hasAttr("src") && script.data().isBlank()).as(script.toString()).isTrue();
        }
        for (Element field : page.select("input:not([type=hidden]), select, textarea")) {
            boolean labelled = !page.select("label[for=" + field.id() + "]").isEmpty() || field.parent().tagName().equals("label");
            assertThat(labelled).as("label of " + field).isTrue();
        }
        assertThat(page.select("#funnel table.funnel tr.total th").text()).isEqualTo("合计");
    }

    @Test
    void theEchartsWebjarIsServedAndOnlyTheDashboardAllowsStyleAttributes() {
        given().when().get("/webjars/echarts/5.3.1/dist/echarts.min.js").then().statusCode(200).body(containsString("echarts"));
        given().when().get("/bureau-charts.js").then().statusCode(200).header("Content-Security-Policy", PagesHtmlTest.POLICY);
        given().when().get("/").then().statusCode(200).header("Content-Security-Policy", PagesHtmlTest.POLICY);
    }

    @Test
    void queuesListWhatWaitsForAnAdmin() {
        Document page = page("/bureau");

        assertThat(page.select("#queue-applications li").eachText()).anyMatch(item -> item.contains("4200.00 CNY"));
        assertThat(page.select("#queue-payouts li").eachText()).anyMatch(item -> item.contains("999.00 CNY"));
        assertThat(page.select("#queue-claims li").eachText()).anyMatch(item -> item.contains(PREFIX + "认领人"));
        assertThat(page.select("#queue-payouts form[method=post]").eachAttr("action")).allMatch(action -> action.endsWith("/pay"));
    }

    @Test
    void aRefusedDecisionShowsItsReasonAndAnAcceptedOneRedirectsBack() {
        VoucherHistory.application(2013, PREFIX + "申请", "4321.00");
        Document page = page("/bureau");
        Element application = page.select("#queue-applications li").stream().filter(li -> li.text().contains("4321.00 CNY")).findFirst()
                .orElseThrow();
        Element reject = application.selectFirst("form[action$=/reject]");
        Element approve = application.selectFirst("form[action$=/approve]");

        // Rejecting needs a reason: the dashboard comes back with the service's refusal, as a 400.
        String refused = given().cookies(cookies).formParams(hiddenFields(reject)).formParam("reason", "").when().post(reject.attr("action"))
                .then().statusCode(400).contentType("text/html").extract().asString();
        assertThat(Jsoup.parse(refused).select(".notice.refused").text()).contains("reason").contains("is required to reject an application");

        given().cookies(cookies).redirects().follow(false).formParams(hiddenFields(approve)).formParam("reason", "资料齐全")
                .when().post(approve.attr("action"))
                .then().statusCode(303).header("Location", endsWith("/bureau?done=VOUCHER_APPROVED#queues"));
        assertThat(page("/bureau?done=VOUCHER_APPROVED").select(".notice").text()).isEqualTo("创新券申请已批准。");
        // Approved once: a second approval is a conflict, shown as a message.
        String twice = given().cookies(cookies).formParams(hiddenFields(approve)).when().post(approve.attr("action"))
                .then().statusCode(409).extract().asString();
        assertThat(Jsoup.parse(twice).select(".notice.refused").text()).contains("APPROVED");
        // Words in the address do not reach the page: only known codes do.
        assertThat(page("/bureau?done=<b>hacked</b>").select(".notice")).isEmpty();
    }

    @Test
    void csvDownloadsComeFromThePageRoutes() {
        String csv = given().when().get("/bureau/vouchers.csv?from=2013&to=2013").then().statusCode(200).contentType("text/csv")
                .header("Content-Disposition", "attachment; filename=\"vouchers-2013-2013.csv\"").extract().asString();
        assertThat(csv.lines()).contains("TOTAL,ALL,4,100.0,2,50.0,8000.50,100.0,3000.50,37.5",
                "DISTRICT,OUHAI,3,75.0,1,33.3,6500.50,81.3,1500.50,23.1");
        given().when().get("/bureau/funnel.csv").then().statusCode(200).contentType("text/csv")
                .body(containsString("industry,needs,needsWithRequests,agreements,completed"));
    }

    @Test
    void anUploadBecomesAnImportJobWhoseProgressThePagePolls() throws InterruptedException {
        String ndjson = """
                {"kind":"designer","externalId":"bureau-upload-1","name":"工作台导入设计师","industries":["FOOTWEAR"],"location":{"country":"CN","district":"OUHAI"}}
                {"kind":"designer","externalId":"bureau-upload-2","name":"","industries":["FOOTWEAR"],"location":{"country":"CN"}}
                """;
        Document page = page("/bureau");
        Element form = page.selectFirst("#import form[enctype=multipart/form-data]");
        var request = given().cookies(cookies).redirects().follow(false).multiPart("file", "upload.ndjson", ndjson.getBytes(StandardCharsets.UTF_8), "application/x-ndjson");
        hiddenFields(form).forEach((name, value) -> request.multiPart(name, value));
        String location = request.when().post(form.attr("action")).then().statusCode(303).extract().header("Location");
        assertThat(location).matches(".*/bureau\\?job=\\d+#import");
        String job = location.replaceAll(".*job=(\\d+).*", "$1");

        Element progress = page("/bureau?job=" + job).selectFirst("#import-job progress");
        assertThat(progress).isNotNull();
        Element fragment = pollUntilFinished("/bureau/import/jobs/" + job, "#import-job");
        assertThat(fragment.selectFirst("progress").attr("value")).isEqualTo("100");
        assertThat(fragment.select(".job-done").text()).isEqualTo("1");
        assertThat(fragment.select(".job-failed").text()).isEqualTo("1");
        assertThat(fragment.select(".job-errors li").eachText()).singleElement().asString().startsWith("行号 2 · name: ");
        assertThat(fragment.select(".job-status").text()).isEqualTo("已完成");
    }

    @Test
    void aReindexRunsInTheBackgroundWhileThePagePollsItsProgress() throws InterruptedException {
        Element form = page("/bureau").selectFirst("#reindex form[method=post]");
        String location = given().cookies(cookies).redirects().follow(false).formParams(hiddenFields(form)).when().post(form.attr("action"))
                .then().statusCode(303).extract().header("Location");
        assertThat(location).endsWith("/bureau?done=REINDEX_STARTED#reindex");
        assertThat(page("/bureau?done=REINDEX_STARTED").select(".notice").text()).isEqualTo("索引重建已开始，进度见下方。");

        Element fragment = pollUntilFinished("/bureau/reindex/progress", "#reindex-progress");
        assertThat(fragment.select(".reindex-status").text()).isEqualTo("重建完成");
        long total = Long.parseLong(fragment.select(".reindex-total").text());
        assertThat(total).isPositive();
        assertThat(fragment.select(".reindex-done").text()).isEqualTo(Long.toString(total));
        assertThat(fragment.selectFirst("progress").attr("value")).isEqualTo(Long.toString(total));
        assertThat(fragment.select(".reindex-kinds").text().split("、")).containsExactlyInAnyOrder("机构", "设计师", "企业", "需求", "活动");
        // The dashboard shows the latest reindex of this instance, finished: nothing polls any more.
        assertThat(page("/bureau").selectFirst("#reindex-progress").hasAttr("hx-trigger")).isFalse();
    }

    /** The fragment htmx swaps in every second, until it comes without its trigger: the finished job or reindex. */
    private static Element pollUntilFinished(String path, String selector) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(60);
        while (true) {
            Element fragment = Jsoup.parse(given().when().get(path).then().statusCode(200).extract().asString()).selectFirst(selector);
            if (!fragment.hasAttr("hx-trigger")) {
                return fragment;
            }
            assertThat(fragment.attr("hx-trigger")).isEqualTo("every 1s");
            assertThat(Instant.now()).isBefore(deadline);
            Thread.sleep(100);
        }
    }

    @Test
    @TestSecurity(user = "bureau-enterprise", roles = "enterprise")
    void nonAdminsAreForbidden() {
        given().when().get("/bureau").then().statusCode(403);
        given().when().get("/bureau/vouchers.csv").then().statusCode(403);
        given().when().get("/bureau/import/jobs/1").then().statusCode(403);
        given().when().get("/bureau/reindex/progress").then().statusCode(403);
        given().when().post("/bureau/reindex").then().statusCode(403);
        given().formParam("reason", "x").when().post("/bureau/vouchers/1/approve").then().statusCode(403);
    }

    /** The hidden fields of a form (the CSRF token once it is on), as a browser posts them back. */
    private static Map<String, String> hiddenFields(Element form) {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        form.select("input[type=hidden]").forEach(input -> fields.put(input.attr("name"), input.attr("value")));
        return fields;
    }
}
