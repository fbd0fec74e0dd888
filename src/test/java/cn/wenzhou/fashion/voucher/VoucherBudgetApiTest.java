package cn.wenzhou.fashion.voucher;

import static cn.wenzhou.fashion.testsupport.Fixtures.unique;
import static cn.wenzhou.fashion.testsupport.Parties.asAdmin;
import static cn.wenzhou.fashion.testsupport.Parties.asStranger;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Test;

import cn.wenzhou.fashion.testsupport.Parties;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.path.json.config.JsonPathConfig.NumberReturnType;

/**
 * The bureau's voucher budgets. Budgets bind every approval of their year and area, so these tests use districts no
 * other test's enterprises are in (Taishun, Wencheng, Cangnan), and the city's budget is removed again at once.
 */
@QuarkusTest
class VoucherBudgetApiTest {

    private static final int YEAR = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();

    /** A voucher of {@code amount} applied for by a new verified enterprise of the district, not decided yet. */
    private static long appliedIn(String district, String amount) {
        Parties parties = Parties.withInstitutionIn(district, unique("预算")).verified();
        return VoucherApiTest.applied(parties, VoucherApiTest.agreed(parties), amount);
    }

    private static io.restassured.response.Response approve(long voucher) {
        return asAdmin().body("{}").post("/api/vouchers/{id}/approve", voucher);
    }

    private static io.restassured.response.Response setBudget(String area, String body) {
        return asAdmin().body(body).put("/api/voucher-budgets/{year}/{area}", YEAR, area);
    }

    /** The row of this year's figures for the area, its amounts exact. */
    private static Map<String, Object> row(String area) {
        List<Map<String, Object>> rows = asAdmin().queryParam("from", YEAR).queryParam("to", YEAR).get("/api/statistics/voucher-budgets")
                .then().statusCode(200).extract().jsonPath(JsonPathConfig.jsonPathConfig().numberReturnType(NumberReturnType.BIG_DECIMAL))
                .getList("rows");
        return rows.stream().filter(r -> area.equals(r.get("area"))).findFirst().orElseThrow();
    }

    private static BigDecimal amount(Map<String, Object> row, String column) {
        return (BigDecimal) row.get(column);
    }

    @Test
    void parallelApprovalsOverTheDistrictBudgetApproveExactlyThoseThatFit() throws Exception {
        setBudget("TAISHUN", "{\"amount\":50000,\"reason\":\"泰顺县年度创新券预算\"}").then().statusCode(200)
                .body("area", equalTo("TAISHUN")).body("year", equalTo(YEAR)).body("setBy", equalTo(Parties.ADMIN_USER));
        List<Long> vouchers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            vouchers.add(appliedIn("TAISHUN", "15000"));
        }
        List<Callable<Integer>> approvals = vouchers.stream().<Callable<Integer>>map(v -> () -> approve(v).statusCode()).toList();
        List<Integer> statuses = VoucherApiTest.concurrently(approvals.toArray(Callable[]::new));

        // 90,000 CNY asked of a 50,000 budget: three of 15,000 fit, the fourth would bring it to 60,000.
        assertThat(statuses).containsExactlyInAnyOrder(200, 200, 200, 409, 409, 409);
        long refused = vouchers.get(statuses.indexOf(409));
        approve(refused).then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("voucher budget")).body("detail", containsString("TAISHUN"))
                .body("detail", containsString("60000.00 CNY, over its voucher budget of 50000.00 CNY (5000.00 CNY left)"));
        asAdmin().get("/api/vouchers/{id}", refused).then().body("status", equalTo("APPLIED"));
        Map<String, Object> taishun = row("TAISHUN");
        assertThat(amount(taishun, "budget")).isEqualByComparingTo("50000");
        assertThat(amount(taishun, "approved")).isEqualByComparingTo("45000");
        assertThat(amount(taishun, "paid")).isEqualByComparingTo("0");
        assertThat(amount(taishun, "left")).isEqualByComparingTo("5000");
    }

    @Test
    void theCityBudgetBindsApprovalsInEveryDistrict() {
        long voucher = appliedIn("WENCHENG", "2000");
        BigDecimal cityApproved = amount(row("CITY"), "approved");
        try {
            setBudget("CITY", "{\"amount\":" + cityApproved.add(new BigDecimal("1999.99")).toPlainString() + "}").then().statusCode(200);
            approve(voucher).then().statusCode(409).body("detail", containsString("approved for CITY in " + YEAR))
                    .body("detail", containsString("1999.99 CNY left"));
            setBudget("CITY", "{\"amount\":" + cityApproved.add(new BigDecimal("2000")).toPlainString() + "}").then().statusCode(200);
            approve(voucher).then().statusCode(200).body("status", equalTo("APPROVED"));
            assertThat(amount(row("CITY"), "left")).isEqualByComparingTo("0");
        } finally {
            asAdmin().queryParam("reason", "测试结束").delete("/api/voucher-budgets/{year}/{area}", YEAR, "CITY").then().statusCode(204);
        }
        assertThat(row("CITY").get("budget")).isNull();
    }

    @Test
    void aBudgetIsNeverSetBelowWhatWasApprovedOfIt() {
        long voucher = appliedIn("CANGNAN", "8000");
        setBudget("CANGNAN", "{\"amount\":8000}").then().statusCode(200);
        approve(voucher).then().statusCode(200);
        setBudget("CANGNAN", "{\"amount\":7999.99}").then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("8000.00 CNY already"));
        setBudget("CANGNAN", "{\"amount\":8000.00,\"reason\":\"保持\"}").then().statusCode(200).body("amount", equalTo(8000.0f));
        asAdmin().get("/api/admin/audit").then().statusCode(200)
                .body("items.find { it.action == 'VOUCHER_BUDGET_SET' }.detail",
                        equalTo("voucher budget of CANGNAN for " + YEAR + ": 8000.00 CNY (was 8000.00 CNY)"))
                .body("items.find { it.action == 'VOUCHER_BUDGET_SET' }.reason", equalTo("保持"));
    }

    @Test
    void onlyAdminsSetAndReadBudgets() {
        Parties parties = Parties.withInstitutionIn("CANGNAN", unique("预算权限"));
        parties.asEnterprise().body("{\"amount\":1}").put("/api/voucher-budgets/{year}/{area}", YEAR, "CANGNAN").then().statusCode(403);
        asStranger().body("{\"amount\":1}").put("/api/voucher-budgets/{year}/{area}", YEAR, "CITY").then().statusCode(403);
        asStranger().delete("/api/voucher-budgets/{year}/{area}", YEAR, "CITY").then().statusCode(403);
        parties.asEnterprise().get("/api/statistics/voucher-budgets").then().statusCode(403);
        io.restassured.RestAssured.given().contentType("application/json").body("{\"amount\":1}")
                .put("/api/voucher-budgets/{year}/{area}", YEAR, "CITY").then().statusCode(401);
    }

    @Test
    void badBudgetsAreRefusedNamingTheField() {
        setBudget("OUHAI_NEW", "{\"amount\":1000}").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("area"));
        asAdmin().body("{\"amount\":1000}").put("/api/voucher-budgets/{year}/{area}", 1999, "CITY").then().statusCode(400)
                .body("errors[0].field", equalTo("year"));
        setBudget("CITY", "{\"amount\":-1}").then().statusCode(400).body("errors[0].field", equalTo("amount"));
        setBudget("CITY", "{\"amount\":1.001}").then().statusCode(400).body("errors[0].field", equalTo("amount"));
        setBudget("CITY", "{\"amount\":1000000000000}").then().statusCode(400).body("errors[0].field", equalTo("amount"));
        setBudget("CITY", "{}").then().statusCode(400).body("errors[0].field", equalTo("amount"));
        setBudget("CITY", "{\"amount\":\"lots\"}").then().statusCode(400);
        setBudget("CITY", "{\"amount\":1,\"reason\":\"" + "长".repeat(2001) + "\"}").then().statusCode(400).body("errors[0].field", equalTo("reason"));
        asAdmin().delete("/api/voucher-budgets/{year}/{area}", 2001, "TAISHUN").then().statusCode(404);
        asAdmin().queryParam("from", 2030).queryParam("to", 2029).get("/api/statistics/voucher-budgets").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
        assertThat(row("CITY").get("budget")).isNull();
    }

    @Test
    void theBudgetsComeAsCsvYearByYearCityFirst() {
        setBudget("DONGTOU", "{\"amount\":123456.78}").then().statusCode(200);
        String csv = asAdmin().queryParam("from", YEAR).queryParam("to", YEAR).queryParam("format", "csv")
                .get("/api/statistics/voucher-budgets").then().statusCode(200).contentType(containsString("text/csv"))
                .header("Content-Disposition", equalTo("attachment; filename=\"voucher-budgets-" + YEAR + "-" + YEAR + ".csv\""))
                .extract().asString();
        List<String> lines = csv.lines().toList();
        assertThat(lines).hasSize(14);
        assertThat(lines.get(0)).isEqualTo("year,area,budget,approved,paid,left");
        assertThat(lines.get(1)).startsWith(YEAR + ",CITY,");
        assertThat(lines.get(5)).isEqualTo(YEAR + ",DONGTOU,123456.78,0.00,0.00,123456.78");
    }
}
