package cn.wenzhou.fashion.web.pages;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import cn.wenzhou.fashion.testsupport.BeforeAllRequests;
import cn.wenzhou.fashion.testsupport.Corpus;
import cn.wenzhou.fashion.testsupport.Fixtures;
import cn.wenzhou.fashion.testsupport.PageForm;
import cn.wenzhou.fashion.testsupport.Parties;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * The registries page: voucher providers by the end of their registration, settled partners, and the admin's
 * changes through its forms, seen afterwards through the API and in the audit log.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestSecurity(user = "bureau-admin", roles = "admin")
class BureauRegistryPagesTest {

    private static final String PAGE = "/bureau/registry";
    /** Earlier than any other test's registration: the first row of the soonest-first order. */
    private static final String LONG_EXPIRED = "2000-01-02";

    private long expired;
    private long expiring;
    private long unregistered;
    private long toRegister;
    private long toRenew;
    private long toEnd;
    private long designer;

    @BeforeAll
    void registriesHoldPartners() {
        BeforeAllRequests.run(() -> {
            // The corpus's providers, registered without end: more than a page of them.
            Corpus.importAsAdmin();
            LocalDate soon = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(10);
            expired = institution("登记测试已过期机构", "\"voucherProvider\":true,\"voucherProviderUntil\":\"" + LONG_EXPIRED + "\"");
            expiring = institution("登记测试将到期机构", "\"voucherProvider\":true,\"voucherProviderUntil\":\"" + soon + "\"");
            unregistered = institution("登记测试未登记机构", "\"voucherProvider\":false");
            toRegister = institution("登记测试待登记机构", "\"voucherProvider\":false");
            toRenew = institution("登记测试待续期机构", "\"voucherProvider\":true,\"voucherProviderUntil\":\"2030-01-31\"");
            toEnd = institution("登记测试待终止机构", "\"voucherProvider\":true,\"voucherProviderUntil\":\"2030-02-28\"");
            designer = Parties.asAdmin().body("""
                    {"name":"000登记测试设计师","industries":["FOOTWEAR"],"location":{"country":"CN","district":"OUHAI"}}""")
                    .when().post("/api/designers").then().statusCode(201).extract().jsonPath().getLong("id");
        });
    }

    private static long institution(String name, String registration) {
        String body = Fixtures.institution(Fixtures.unique("registry"), name).replace("\"voucherProvider\":true", registration)
                .replace("\"settled\":true", "\"settled\":false");
        return Parties.asAdmin().body(body).when().post("/api/institutions").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static Document page(String path) {
        return Jsoup.parse(given().when().get(path).then().statusCode(200).contentType("text/html").extract().asString());
    }

    private static Element row(Document page, String table, long id) {
        return page.selectFirst("#table-" + table + " tr[data-id=" + id + "]");
    }

    private static JsonPath institutionFromApi(long id) {
        return given().when().get("/api/institutions/{id}", id).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void providersAreListedSoonestExpiryFirstWithTheExpiredAndTheExpiringMarked() {
        Document page = page(PAGE);

        Element first = page.selectFirst("#table-providers tbody tr");
        assertThat(first.attr("data-id")).isEqualTo(Long.toString(expired));
        assertThat(first.select("td").eachText()).startsWith(LONG_EXPIRED, "已过期");
        assertThat(row(page, "providers", expiring).selectFirst(".standing").text()).isEqualTo("即将到期（30 天内）");
        assertThat(row(page, "providers", expiring).hasClass("standing-EXPIRING_SOON")).isTrue();
        assertThat(row(page, "providers", unregistered)).isNull();
        // Twenty a page: the corpus's providers fill more than one.
        assertThat(page.select("#table-providers tbody tr")).hasSize(20);
        assertThat(page.select("#providers a[rel=next]").attr("href")).isEqualTo(PAGE + "?order=SOONEST&page=1&settledKind=INSTITUTION&settledPage=0#providers");

        // The latest first: those without end, then the latest day.
        Document latest = page(PAGE + "?order=LATEST");
        assertThat(latest.selectFirst("#table-providers tbody tr .standing").text()).isEqualTo("长期有效");
        assertThat(latest.select("#table-providers tbody tr[data-id=" + expired + "]")).isEmpty();

        for (Element field : page.select("input:not([type=hidden]), select")) {
            assertThat(page.select("label[for=" + field.id() + "]")).as("label of " + field).isNotEmpty();
        }
        assertThat(page.select("script:not([src])")).isEmpty();
        assertThat(page.select("[style]")).isEmpty();
    }

    @Test
    void anAdminRegistersChangesAndEndsAProviderThroughTheFormsAsTheApiSeesIt() {
        Response registered = PageForm.of(PAGE, "#providers form.registry-add").with("institutionId", Long.toString(toRegister))
                .with("voucherProviderUntil", "2031-06-30").post();
        assertThat(registered.statusCode()).isEqualTo(303);
        assertThat(registered.header("Location")).endsWith(PAGE + "?done=PROVIDER_REGISTERED#providers");
        assertThat(page(PAGE + "?done=PROVIDER_REGISTERED").select(".notice").text()).isEqualTo("服务机构登记已保存。");
        assertThat(institutionFromApi(toRegister).getBoolean("voucherProvider")).isTrue();
        assertThat(institutionFromApi(toRegister).getString("voucherProviderUntil")).isEqualTo("2031-06-30");

        // Renewed from its row, on the version the page showed.
        PageForm renew = PageForm.of(PAGE, "#table-providers tr[data-id=" + toRenew + "] form.registry-change");
        assertThat(renew.value("voucherProviderUntil")).isEqualTo("2030-01-31");
        Response renewed = renew.with("voucherProviderUntil", "2032-12-31").post();
        assertThat(renewed.statusCode()).isEqualTo(303);
        assertThat(institutionFromApi(toRenew).getString("voucherProviderUntil")).isEqualTo("2032-12-31");
        // The form read before the renewal carries the old version: refused as the API refuses a stale write.
        Response stale = renew.with("voucherProviderUntil", "2033-01-31").post();
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(Jsoup.parse(stale.asString()).select(".notice.refused").text()).startsWith("操作未执行：").contains("version");

        Response ended = PageForm.of(PAGE, "#table-providers tr[data-id=" + toEnd + "] form.registry-end").post();
        assertThat(ended.header("Location")).endsWith(PAGE + "?done=PROVIDER_ENDED#providers");
        assertThat(institutionFromApi(toEnd).getBoolean("voucherProvider")).isFalse();
        assertThat(institutionFromApi(toEnd).getString("voucherProviderUntil")).isNull();
        assertThat(row(page(PAGE), "providers", toEnd)).isNull();

        List<String> audit = given().queryParam("recordKind", "institution").queryParam("recordId", toRegister).when().get("/api/admin/audit")
                .then().statusCode(200).extract().jsonPath().getList("items.detail", String.class);
        assertThat(audit).contains("settled=false, voucherProvider=false, voucherProviderUntil=null, voucherEligible=[TESTING_CERTIFICATION] → "
                + "settled=false, voucherProvider=true, voucherProviderUntil=2031-06-30, voucherEligible=[TESTING_CERTIFICATION]");
        assertThat(given().queryParam("recordKind", "institution").queryParam("recordId", toRegister).when().get("/api/admin/audit")
                .then().extract().jsonPath().getList("items.action", String.class)).contains("REGISTRY_CHANGED");
    }

    @Test
    void badDatesAndIdsAreRefusedNamingTheField() {
        PageForm form = PageForm.of(PAGE, "#providers form.registry-add").with("institutionId", Long.toString(expiring));
        Response impossible = form.with("voucherProviderUntil", "2031-02-30").post();
        assertThat(impossible.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(impossible.asString()).select(".notice.refused").text())
                .isEqualTo("操作未执行： voucherProviderUntil: must be a date (yyyy-mm-dd)");
        Response past = form.with("voucherProviderUntil", "2020-01-01").post();
        assertThat(past.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(past.asString()).select(".notice.refused").text())
                .isEqualTo("操作未执行： voucherProviderUntil: must be today or later; end the registration instead");
        Response farOff = form.with("voucherProviderUntil", "+999999999-12-31").post();
        assertThat(farOff.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(farOff.asString()).select(".notice.refused").text()).contains("voucherProviderUntil: ");
        Response noId = form.with("institutionId", "").with("voucherProviderUntil", "2031-06-30").post();
        assertThat(Jsoup.parse(noId.asString()).select(".notice.refused").text()).isEqualTo("操作未执行： institutionId: is required");
        assertThat(form.with("institutionId", "987654321").with("voucherProviderUntil", "2031-06-30").post().statusCode()).isEqualTo(404);
        assertThat(institutionFromApi(expiring).getString("voucherProviderUntil")).isNotIn("2031-02-30", "2020-01-01", "2031-06-30");

        given().when().get(PAGE + "?order=SIDEWAYS").then().statusCode(400);
        given().when().get(PAGE + "?page=-1").then().statusCode(400);
        given().when().get(PAGE + "?settledKind=ENTERPRISE").then().statusCode(400);
    }

    @Test
    void anAdminSettlesADesignerAndEndsItsSettlement() {
        Response settled = PageForm.of(PAGE, "#settled form.registry-add").with("kind", "DESIGNER").with("partnerId", Long.toString(designer)).post();
        assertThat(settled.header("Location")).endsWith(PAGE + "?done=SETTLED#settled");
        assertThat(given().when().get("/api/designers/{id}", designer).then().statusCode(200).extract().jsonPath().getBoolean("settled")).isTrue();

        String designers = PAGE + "?settledKind=DESIGNER";
        assertThat(page(designers).selectFirst("#table-settled tbody tr").attr("data-id")).isEqualTo(Long.toString(designer));
        Response ended = PageForm.of(designers, "#table-settled tr[data-id=" + designer + "] form.registry-unsettle").post();
        assertThat(ended.header("Location")).endsWith(PAGE + "?done=SETTLEMENT_ENDED#settled");
        assertThat(given().when().get("/api/designers/{id}", designer).then().extract().jsonPath().getBoolean("settled")).isFalse();

        Response enterprise = PageForm.of(PAGE, "#settled form.registry-add").with("kind", "ENTERPRISE").with("partnerId", "1").post();
        assertThat(enterprise.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(enterprise.asString()).select(".notice.refused").text()).contains("kind: must be INSTITUTION or DESIGNER");

        Response withoutIntent = PageForm.of(PAGE, "#settled form.registry-add").with("kind", "DESIGNER").with("partnerId", Long.toString(designer))
                .with("settled", "yes").post();
        assertThat(withoutIntent.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(withoutIntent.asString()).select(".notice.refused").text()).contains("settled: must be true or false");
        assertThat(given().when().get("/api/designers/{id}", designer).then().extract().jsonPath().getBoolean("settled")).isFalse();
    }

    @Test
    void theDashboardLeadsToTheRegistries() {
        assertThat(page("/bureau").select("nav.bureau-sections a[href=/bureau/registry]")).hasSize(1);
    }

    @Test
    @TestSecurity(user = "registry-enterprise", roles = "enterprise")
    void nonAdminsAreForbidden() {
        given().when().get(PAGE).then().statusCode(403);
        given().formParam("institutionId", expiring).formParam("voucherProviderUntil", "2031-06-30").when().post(PAGE + "/providers")
                .then().statusCode(403);
        given().when().post(PAGE + "/providers/{id}/end", expiring).then().statusCode(403);
        given().formParam("kind", "DESIGNER").formParam("partnerId", designer).when().post(PAGE + "/settled").then().statusCode(403);
        assertThat(given().when().get("/api/institutions/{id}", expiring).then().extract().jsonPath().getBoolean("voucherProvider")).isTrue();
    }
}
