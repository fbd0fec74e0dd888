package cn.wenzhou.fashion.statistics;

import static cn.wenzhou.fashion.testsupport.Fixtures.unique;
import static cn.wenzhou.fashion.testsupport.Parties.asAdmin;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import cn.wenzhou.fashion.testsupport.Parties;
import cn.wenzhou.fashion.testsupport.Tokens;
import cn.wenzhou.fashion.testsupport.VoucherHistory;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Voucher figures on a small known history ({@link VoucherHistory}) in 2017-2018, years no other test redeems in:
 * A (footwear, Ouhai) 1000.00 + 500.50; B (no fashion industry, Ouhai) 3000.00 and an approved, unredeemed 800.00;
 * C (no fashion industry, Ouhai) 2000.00, and 700.00 in 2018; D (apparel and textiles, Lucheng) 1500.00 and a
 * confirmed, unpaid 999.00; E (footwear, Rui'an) an application not decided yet. Only paid vouchers count.
 * The class writes it once, before its tests.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatisticsApiTest {

    @BeforeAll
    void historyIsWritten() {
        VoucherHistory.write(2017, "统计测试企业");
    }

    @Test
    void voucherUsersByDistrictIndustryAndYearAsCsv() {
        String csv = asAdmin().queryParam("from", 2017).queryParam("to", 2017).queryParam("format", "csv")
                .when().get("/api/statistics/vouchers").then().statusCode(200).contentType("text/csv").extract().asString();
        assertThat(csv.lines()).containsExactly(
                "dimension,key,enterprises,enterpriseShareOfAll,fashionEnterprises,fashionShare,amount,amountShareOfAll,fashionAmount,fashionAmountShare",
                "TOTAL,ALL,4,100.0,2,50.0,8000.50,100.0,3000.50,37.5",
                "DISTRICT,LUCHENG,1,25.0,1,100.0,1500.00,18.7,1500.00,100.0",
                "DISTRICT,OUHAI,3,75.0,1,33.3,6500.50,81.3,1500.50,23.1",
                "INDUSTRY,FOOTWEAR,1,25.0,1,100.0,1500.50,18.8,1500.50,100.0",
                "INDUSTRY,APPAREL,1,25.0,1,100.0,1500.00,18.7,1500.00,100.0",
                "INDUSTRY,TEXTILES,1,25.0,1,100.0,1500.00,18.7,1500.00,100.0",
                "INDUSTRY,OTHER,2,50.0,0,0.0,5000.00,62.5,0.00,0.0",
                "YEAR,2017,4,100.0,2,50.0,8000.50,100.0,3000.50,37.5");
    }

    @Test
    void voucherUsersAsJsonCountEachFirmOnceOverTheYears() {
        JsonPath figures = asAdmin().queryParam("from", 2017).queryParam("to", 2018)
                .when().get("/api/statistics/vouchers").then().statusCode(200).contentType("application/json").extract().jsonPath();
        assertThat(figures.getInt("total.enterprises")).isEqualTo(4);
        assertThat(figures.getString("total.amount")).isEqualTo("8700.5");
        assertThat(figures.getString("total.fashionAmountShare")).isEqualTo("34.5");
        assertThat(figures.getList("byYear.key")).containsExactly("2017", "2018");
        assertThat(figures.getInt("byYear[1].enterprises")).isEqualTo(1);
        assertThat(figures.getString("byYear[1].enterpriseShareOfAll")).isEqualTo("25.0");
        String csv = asAdmin().accept("text/csv").queryParam("from", 2018).queryParam("to", 2018)
                .when().get("/api/statistics/vouchers").then().statusCode(200).extract().asString();
        assertThat(csv.lines()).contains("TOTAL,ALL,1,100.0,0,0.0,700.00,100.0,0.00,0.0");
    }

    @Test
    void badYearsAreNamed() {
        asAdmin().queryParam("from", 2020).queryParam("to", 2019).when().get("/api/statistics/vouchers")
                .then().statusCode(400).contentType("application/problem+json");
        asAdmin().queryParam("format", "xml").when().get("/api/statistics/vouchers")
                .then().statusCode(400);
    }

    @Test
    void onlyAdminsSeeStatistics() {
        Parties.as(Tokens.of(unique("ent-user"), "enterprise")).when().get("/api/statistics/vouchers").then().statusCode(403)
                .contentType("application/problem+json");
        Parties.as(Tokens.of(unique("inst-user"), "institution")).when().get("/api/statistics/funnel").then().statusCode(403);
        given().when().get("/api/statistics/funnel").then().statusCode(401);
    }

    @Test
    void funnelCountsNeedsRequestsAgreementsAndCompletionsByIndustry() {
        Map<String, Integer> before = footwearFunnel();
        Parties completed = Parties.withInstitution(unique("漏斗完成"));
        long cooperation = completed.request();
        completed.agree(cooperation);
        completed.complete(cooperation, 5);
        Parties declined = completed.withPartner("institution", cn.wenzhou.fashion.testsupport.Fixtures.institution(unique("inst"), "漏斗拒绝实验室"));
        declined.asPartner().body("{}").post("/api/cooperations/{id}/decline", declined.request()).then().statusCode(200);
        Parties.withInstitution(unique("漏斗请求")).request();
        Parties.withInstitution(unique("漏斗无请求"));

        Map<String, Integer> after = footwearFunnel();
        assertThat(after.get("needs") - before.get("needs")).isEqualTo(3);
        assertThat(after.get("needsWithRequests") - before.get("needsWithRequests")).isEqualTo(2);
        assertThat(after.get("agreements") - before.get("agreements")).isEqualTo(1);
        assertThat(after.get("completed") - before.get("completed")).isEqualTo(1);
        String csv = asAdmin().queryParam("format", "csv").when().get("/api/statistics/funnel").then().statusCode(200).extract().asString();
        assertThat(csv.lines().findFirst()).hasValue("industry,needs,needsWithRequests,agreements,completed");
        assertThat(csv.lines()).anyMatch(line -> line.startsWith("FOOTWEAR," + after.get("needs") + ","));
    }

    private static Map<String, Integer> footwearFunnel() {
        List<Map<String, Integer>> rows = asAdmin().when().get("/api/statistics/funnel").then().statusCode(200).extract().jsonPath().getList("byIndustry");
        return rows.stream().filter(row -> "FOOTWEAR".equals(((Map<?, ?>) row).get("industry"))).findFirst().orElse(Map.of(
                "needs", 0, "needsWithRequests", 0, "agreements", 0, "completed", 0));
    }
}
