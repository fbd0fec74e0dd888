package cn.wenzhou.fashion.statistics;

import static cn.wenzhou.fashion.testsupport.Parties.asAdmin;
import static cn.wenzhou.fashion.testsupport.Parties.asSecondAdmin;
import static cn.wenzhou.fashion.testsupport.Parties.asStranger;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.wenzhou.fashion.testsupport.Fixtures;
import cn.wenzhou.fashion.testsupport.Members;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class SettlingInStatisticsApiTest {

    private static final int YEAR = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();

    /** The members of a kind settled in Yongjia this year, as the statistics count them. */
    private static int settledInYongjia(String kind) {
        List<Map<String, Object>> rows = asAdmin().get("/api/statistics/settled").then().statusCode(200).extract().jsonPath().getList("settled");
        return rows.stream().filter(r -> r.get("year").equals(YEAR) && r.get("district").equals("YONGJIA") && r.get("kind").equals(kind))
                .mapToInt(r -> (Integer) r.get("members")).sum();
    }

    @Test
    void membersSettledAreCountedByYearDistrictAndKind() {
        int before = settledInYongjia("designer");
        Members designer = Members.designer("统计测试设计师", "YONGJIA");
        long settlement = designer.asOwner().body(designer.settlementBody("YONGJIA")).post("/api/settlements").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        asAdmin().body("{}").post("/api/settlements/{id}/approve", settlement).then().statusCode(200);
        assertThat(settledInYongjia("designer")).isEqualTo(before + 1);
        String csv = asAdmin().queryParam("format", "csv").get("/api/statistics/settled").then().statusCode(200)
                .contentType("text/csv").extract().asString();
        assertThat(csv.lines().findFirst()).hasValue("year,district,kind,members");
        assertThat(csv).contains(YEAR + ",YONGJIA,designer," + (before + 1));
    }

    @Test
    void supportGrantedAndLeftPerPolicyAndYearIsAFormulaSafeCsv() {
        String title = "=HYPERLINK(\\\"http://evil\\\")" + Fixtures.unique("统计");
        long policy = asAdmin().body("""
                {"kind":"TALENT_AWARD","titleZh":"%s","titleEn":"Award","textZh":"正文","textEn":"Text","settledOnly":false,"designers":true,
                 "institutionTypes":[],"amountRule":"FIXED","fixedAmount":300,"capPerApplicantYear":300,"opensOn":"2020-01-01","closesOn":"2099-12-31",
                 "budgets":[{"year":%d,"amount":1000}]}""".formatted(title, YEAR)).post("/api/policies").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        asAdmin().post("/api/policies/{id}/publish", policy).then().statusCode(200);
        Members designer = Members.designer("统计测试获奖设计师", "OUHAI");
        long application = designer.asOwner().body("""
                {"policyId":%d,"profileKind":"designer","profileId":%d}""".formatted(policy, designer.id()))
                .post("/api/policy-applications").then().statusCode(201).extract().jsonPath().getLong("id");
        asAdmin().body("{}").post("/api/policy-applications/{id}/proposal", application).then().statusCode(200);
        asSecondAdmin().body("{}").post("/api/policy-applications/{id}/approve", application).then().statusCode(200);

        List<Map<String, Object>> rows = asAdmin().get("/api/statistics/support").then().statusCode(200).extract().jsonPath().getList("");
        Map<String, Object> row = rows.stream().filter(r -> ((Number) r.get("policyId")).longValue() == policy).findFirst().orElseThrow();
        assertThat(row).containsEntry("year", YEAR).containsEntry("kind", "TALENT_AWARD");
        assertThat(row.get("granted").toString()).isEqualTo("300.0");
        assertThat(row.get("left").toString()).isEqualTo("700.0");
        String csv = asAdmin().queryParam("format", "csv").get("/api/statistics/support").then().statusCode(200).extract().asString();
        assertThat(csv.lines().findFirst()).hasValue("policyId,kind,titleZh,titleEn,year,budget,granted,left");
        assertThat(csv).contains(policy + ",TALENT_AWARD,\"'=HYPERLINK(\"\"http://evil\"\")").contains(",Award," + YEAR + ",1000.00,300.00,700.00");
    }

    @Test
    void onlyAdminsReadTheStatistics() {
        asStranger().get("/api/statistics/settled").then().statusCode(403);
        asStranger().get("/api/statistics/support").then().statusCode(403);
        asAdmin().queryParam("format", "xls").get("/api/statistics/support").then().statusCode(400);
    }
}
