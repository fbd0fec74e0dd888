package cn.wenzhou.fashion.dev.demo;

import static cn.wenzhou.fashion.testsupport.Parties.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The demo's policies, settlements and applications for incentives, written on the library as it stands. */
@QuarkusTest
class SettlingInHistoryTest {

    @Inject
    SettlingInHistory history;

    @Test
    void everyKindOfPolicyIsPublishedWithBudgetsThatTheGrantsStayWithin() {
        // At least one settled partner in Wenzhou, whatever other tests left in the library.
        asAdmin().body("""
                {"name":"演示入驻设计师","industries":["FOOTWEAR"],"settled":true,
                 "location":{"country":"CN","province":"浙江省","city":"温州市","district":"RUIAN"}}""")
                .post("/api/designers").then().statusCode(201);

        int settled = history.write(7);

        assertThat(settled).isPositive();
        JsonPath policies = asAdmin().queryParam("size", 100).get("/api/policies").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> demo = policies.<Map<String, Object>>getList("items").stream()
                .filter(p -> p.get("externalId").toString().startsWith("demo-policy-")).toList();
        assertThat(demo).extracting(p -> p.get("kind")).containsExactlyInAnyOrder("RENT_SUBSIDY", "TAX_RELIEF", "RD_FUNDING", "TALENT_AWARD");
        for (Map<String, Object> policy : demo) {
            assertThat(policy.get("published")).isEqualTo(true);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> budgets = (List<Map<String, Object>>) policy.get("budgets");
            assertThat(budgets).hasSize(3);
            budgets.forEach(b -> assertThat(new BigDecimal(b.get("granted").toString())).isLessThanOrEqualTo(new BigDecimal(b.get("amount").toString())));
        }
        List<Map<String, Object>> approved = asAdmin().queryParam("status", "APPROVED").queryParam("size", 100).get("/api/settlements")
                .then().statusCode(200).extract().jsonPath().getList("items");
        assertThat(approved).anySatisfy(s -> assertThat(s.get("externalId").toString()).startsWith("demo-settlement-"));
    }
}
