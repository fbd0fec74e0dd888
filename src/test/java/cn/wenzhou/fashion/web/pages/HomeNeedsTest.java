package cn.wenzhou.fashion.web.pages;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import cn.wenzhou.fashion.testsupport.BeforeAllRequests;
import cn.wenzhou.fashion.testsupport.Parties;
import cn.wenzhou.fashion.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/**
 * The home page's newest open needs, for signed-in readers as the needs API lets them see them: the owner's own
 * (confidential ones too), others' that are not confidential for those who read needs, nothing for anonymous readers.
 * No test of this class posts a need, so those of {@link #recordsExist} stay the newest.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HomeNeedsTest {

    private static final String OWNER = "home-needs-owner";
    private static final String OTHER = "home-needs-other";
    private static final String STRANGER = "home-needs-stranger";

    private long open;
    private long closed;
    private long confidential;

    @BeforeAll
    void recordsExist() {
        BeforeAllRequests.run(() -> {
            String owner = Tokens.of(OWNER, "enterprise");
            long enterprise = Parties.approvedEnterpriseOf(owner, "首页需求测试鞋业");
            open = needOf(owner, enterprise, "首页最新需求：鞋面透气材料", false);
            closed = needOf(owner, enterprise, "首页已关闭需求：旧鞋楦", false);
            Parties.as(owner).body("""
                    {"enterpriseId":%d,"title":"首页已关闭需求：旧鞋楦","industries":["FOOTWEAR"],"status":"CLOSED"}""".formatted(enterprise))
                    .when().put("/api/needs/{id}", closed).then().statusCode(200);
            // The newest of all, and confidential: only its owner finds it on the home page.
            confidential = needOf(owner, enterprise, "首页保密需求：新鞋底配方", true);
            Parties.approvedEnterpriseOf(Tokens.of(OTHER, "enterprise"), "首页需求旁观鞋业");
        });
    }

    private static long needOf(String token, long enterprise, String title, boolean confidential) {
        return Parties.as(token).body("""
                {"enterpriseId":%d,"title":"%s","industries":["FOOTWEAR"],"confidential":%s}""".formatted(enterprise, title, confidential))
                .when().post("/api/needs").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static Document home(String path) {
        return Jsoup.parse(given().when().get(path).then().statusCode(200).extract().asString());
    }

    @Test
    @TestSecurity(user = OTHER, roles = "enterprise")
    void anApprovedMemberSeesTheNewestOpenNeedsWithoutAnotherEnterprisesConfidentialOne() {
        Document page = home("/");
        Element newest = page.selectFirst("#newest-needs li");
        assertThat(newest.attr("data-need")).isEqualTo(Long.toString(open));
        assertThat(newest.selectFirst("a").attr("href")).isEqualTo("/needs/" + open);
        assertThat(newest.selectFirst("a").text()).isEqualTo("首页最新需求：鞋面透气材料");
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        assertThat(newest.selectFirst(".meta").text()).isEqualTo("首页需求测试鞋业 · 瓯海区 · " + today);
        assertThat(newest.selectFirst("time").attr("datetime")).isEqualTo(today);
        assertThat(page.select("#newest-needs li").eachAttr("data-need")).hasSizeLessThanOrEqualTo(8)
                .doesNotContain(Long.toString(confidential), Long.toString(closed));
        assertThat(page.text()).doesNotContain("首页保密需求");
        assertThat(home("/?lang=en").select("#needs-heading").text()).isEqualTo("Newest needs");
    }

    @Test
    @TestSecurity(user = OWNER, roles = "enterprise")
    void theOwnerSeesTheirOwnConfidentialNeedMarkedSo() {
        Document page = home("/");
        assertThat(page.select("#newest-needs li").eachAttr("data-need")).startsWith(Long.toString(confidential), Long.toString(open))
                .doesNotContain(Long.toString(closed));
        assertThat(page.selectFirst("#newest-needs li .tag").text()).isEqualTo("保密");
    }

    @Test
    @TestSecurity(user = "home-needs-admin", roles = "admin")
    void anAdminSeesNoEnterprisesConfidentialNeedOnTheHomePage() {
        Document page = home("/");
        assertThat(page.select("#newest-needs li").eachAttr("data-need")).startsWith(Long.toString(open))
                .doesNotContain(Long.toString(confidential));
    }

    @Test
    @TestSecurity(user = STRANGER, roles = "enterprise")
    void aSignedInUserWithoutAGrantedKindSeesNoOneElsesNeeds() {
        Document page = home("/");
        assertThat(page.select("#newest-needs")).isEmpty();
        assertThat(page.select("main a[href^=/needs/]")).isEmpty();
    }

    @Test
    void anonymousReadersSeeNoNeeds() {
        Document page = home("/");
        assertThat(page.select("#newest-needs")).isEmpty();
        assertThat(page.select("main a[href^=/needs/]")).isEmpty();
        assertThat(page.text()).doesNotContain("首页最新需求");
    }
}
