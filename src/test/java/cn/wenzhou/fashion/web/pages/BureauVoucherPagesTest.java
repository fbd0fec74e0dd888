package cn.wenzhou.fashion.web.pages;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import cn.wenzhou.fashion.testsupport.Fixtures;
import cn.wenzhou.fashion.testsupport.IndexingBacklog;
import cn.wenzhou.fashion.testsupport.PageForm;
import cn.wenzhou.fashion.testsupport.Parties;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/**
 * The bureau's budget and outreach pages, and the voucher eligibility on a need's page for its owner. Budgets are set
 * for 2098, a year no voucher is applied for, so that they limit no other test's approvals.
 */
@QuarkusTest
class BureauVoucherPagesTest {

    private static Document page(String path, int status) {
        return Jsoup.parse(given().when().get(path).then().statusCode(status).contentType("text/html").extract().asString());
    }

    @Test
    @TestSecurity(user = "bureau-admin", roles = "admin")
    void anAdminSetsABudgetOnThePageAndSeesItBesideTheApprovedTotal() {
        PageForm form = PageForm.of("/bureau/budgets?year=2098", "#set-budget form");
        form.with("year", "2098").with("area", "YONGJIA").with("amount", "-5").post().then().statusCode(400);
        form.with("year", "2098").with("area", "YONGJIA").with("amount", "350000.50").with("reason", "<script>x</script>").post().then()
                .statusCode(303).header("Location", org.hamcrest.Matchers.endsWith("/bureau/budgets?year=2098&done=BUDGET_SET"));
        Document budgets = page("/bureau/budgets?year=2098", 200);
        Element yongjia = budgets.selectFirst("#table-budgets tr[data-area=YONGJIA]");
        assertThat(yongjia.selectFirst(".budget").text()).isEqualTo("350000.50");
        assertThat(yongjia.selectFirst(".approved").text()).isEqualTo("0.00");
        assertThat(yongjia.selectFirst(".left").text()).isEqualTo("350000.50");
        assertThat(budgets.selectFirst("#table-budgets tr[data-area=CITY] .left").text()).isEqualTo("–");
        assertThat(given().get("/bureau/budgets/budgets.csv?year=2098").then().statusCode(200).extract().asString())
                .contains("2098,YONGJIA,350000.50,0.00,0.00,350000.50");
        page("/bureau/budgets?year=1999", 400);
        assertThat(page("/bureau", 200).select("#budgets #table-budgets tr[data-area]")).hasSize(13);
    }

    @Test
    @TestSecurity(user = "bureau-admin", roles = "admin")
    void anAdminSeesTheOutreachListAndRefreshesIt() {
        String topic = Fixtures.unique("外联页面");
        Parties parties = Parties.withInstitution(topic).verified();
        IndexingBacklog.awaitEmpty();
        PageForm.of("/bureau/outreach", "form[action=/bureau/outreach/refresh]").post().then().statusCode(303);
        Document list = page("/bureau/outreach?district=OUHAI&industry=FOOTWEAR&page=0", 200);
        Document all = list;
        for (int page = 1; all.selectFirst("tr[data-need=" + parties.needId() + "]") == null && list.selectFirst("a[rel=next]") != null; page++) {
            list = page("/bureau/outreach?district=OUHAI&industry=FOOTWEAR&page=" + page, 200);
            all = list;
        }
        Element row = all.selectFirst("tr[data-need=" + parties.needId() + "]");
        assertThat(row).isNotNull();
        assertThat(row.text()).contains(topic + "检测实验室").contains("李总").contains("0577-11112222");
        page("/bureau/outreach?district=NOWHERE", 400);
    }

    @Test
    @TestSecurity(user = "bureau-owner-of-need", roles = "enterprise")
    void theOwnerSeesOnTheNeedsPageWhetherAVoucherCouldPayForIt() {
        Parties parties = Parties.withInstitution(Fixtures.unique("券页面"), "bureau-owner-of-need", Fixtures.unique("inst-user")).verified();
        IndexingBacklog.awaitEmpty();
        Element section = page("/needs/" + parties.needId(), 200).selectFirst("#voucher-eligibility");
        assertThat(section.attr("data-eligible")).isEqualTo("true");
        assertThat(section.selectFirst(".cap-left").text()).isEqualTo("100000.00");
        assertThat(section.select(".voucher-providers li[data-id=" + parties.partnerId() + "]")).hasSize(1);
    }

    @Test
    @TestSecurity(user = "bureau-stranger", roles = "enterprise")
    void nonAdminsGetNeitherBureauPage() {
        given().get("/bureau/outreach").then().statusCode(403);
        given().get("/bureau/budgets").then().statusCode(403);
    }
}
