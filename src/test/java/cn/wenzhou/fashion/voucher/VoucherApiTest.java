package cn.wenzhou.fashion.voucher;

import static cn.wenzhou.fashion.testsupport.Fixtures.unique;
import static cn.wenzhou.fashion.testsupport.Parties.asAdmin;
import static cn.wenzhou.fashion.testsupport.Parties.asStranger;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.wenzhou.fashion.testsupport.Fixtures;
import cn.wenzhou.fashion.testsupport.Parties;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class VoucherApiTest {

    private static final String AGREEMENT = "{\"type\":\"JOINT_PROJECT\",\"terms\":\"检测服务\",\"startDate\":\"2025-03-01\",\"endDate\":\"2025-12-31\"}";

    /** A cooperation of the parties with an agreement recorded. */
    private static long agreed(Parties parties) {
        long id = parties.request();
        parties.asPartner().body("{}").post("/api/cooperations/{id}/accept", id).then().statusCode(200);
        parties.asEnterprise().body(AGREEMENT).post("/api/cooperations/{id}/agreement", id).then().statusCode(200);
        return id;
    }

    private static void complete(Parties parties, long cooperation) {
        parties.asEnterprise().body("{}").post("/api/cooperations/{id}/start", cooperation).then().statusCode(200);
        parties.asEnterprise().body("{\"rating\":4}").post("/api/cooperations/{id}/complete", cooperation).then().statusCode(200);
    }

    private static io.restassured.response.Response apply(Parties parties, long cooperation, String category, String amount) {
        return parties.asEnterprise().body("{\"cooperationId\":%d,\"category\":\"%s\",\"amount\":%s}".formatted(cooperation, category, amount))
                .post("/api/vouchers");
    }

    private static long applied(Parties parties, long cooperation, String amount) {
        return apply(parties, cooperation, "TESTING_CERTIFICATION", amount).then().statusCode(201)
                .body("status", equalTo("APPLIED")).extract().jsonPath().getLong("id");
    }

    private static io.restassured.response.Response redeem(Parties parties, long voucher, String key, String amount) {
        return parties.asEnterprise().header("Idempotency-Key", key).body("{\"amount\":%s,\"proofReference\":\"INV-2025-001\"}".formatted(amount))
                .post("/api/vouchers/{id}/redeem", voucher);
    }

    @Test
    void voucherIsAppliedApprovedAndRedeemedOnceWithExactAmounts() {
        Parties parties = Parties.withInstitution(unique("兑现"));
        long cooperation = agreed(parties);
        long voucher = applied(parties, cooperation, "12345.67");
        asAdmin().body("{\"reason\":\"材料齐全\"}").post("/api/vouchers/{id}/approve", voucher).then().statusCode(200)
                .body("status", equalTo("APPROVED")).body("decisionReason", equalTo("材料齐全"));
        redeem(parties, voucher, unique("key"), "12000.10").then().statusCode(409); // the cooperation is not completed yet
        complete(parties, cooperation);

        String key = unique("key");
        JsonPath first = redeem(parties, voucher, key, "12000.10").then().statusCode(200).body("status", equalTo("REDEEMED"))
                .extract().jsonPath();
        assertThat(first.getString("redeemedAmount")).isEqualTo("12000.1");
        assertThat(first.getString("amount")).isEqualTo("12345.67");
        JsonPath repeated = redeem(parties, voucher, key, "99.00").then().statusCode(200).extract().jsonPath();
        assertThat(repeated.getMap("")).isEqualTo(first.getMap(""));
        redeem(parties, voucher, unique("key"), "12000.10").then().statusCode(409).contentType("application/problem+json");
        parties.asEnterprise().get("/api/vouchers/{id}", voucher).then().body("redeemedAmount", equalTo(12000.1f))
                .body("version", equalTo(first.getInt("version")));
    }

    @Test
    void redemptionNeedsAKeyAndStaysWithinTheApprovedAmount() {
        Parties parties = Parties.withInstitution(unique("金额"));
        long cooperation = agreed(parties);
        long voucher = applied(parties, cooperation, "5000");
        asAdmin().body("{}").post("/api/vouchers/{id}/approve", voucher).then().statusCode(200);
        complete(parties, cooperation);
        parties.asEnterprise().body("{\"amount\":100,\"proofReference\":\"INV-1\"}").post("/api/vouchers/{id}/redeem", voucher)
                .then().statusCode(400).body("errors[0].field", equalTo("Idempotency-Key"));
        redeem(parties, voucher, unique("key"), "5000.01").then().statusCode(400).body("errors[0].field", equalTo("amount"));
        String key = unique("key");
        redeem(parties, voucher, key, "5000").then().statusCode(200);

        Parties others = Parties.withInstitution(unique("另一张"));
        long otherCooperation = agreed(others);
        long otherVoucher = applied(others, otherCooperation, "100");
        asAdmin().body("{}").post("/api/vouchers/{id}/approve", otherVoucher).then().statusCode(200);
        complete(others, otherCooperation);
        redeem(others, otherVoucher, key, "100").then().statusCode(409);
    }

    @Test
    void applicationOverThePerApplicationCapIsRejected() {
        Parties parties = Parties.withInstitution(unique("单笔"));
        long cooperation = agreed(parties);
        apply(parties, cooperation, "TESTING_CERTIFICATION", "20000.01").then().statusCode(400).body("errors[0].field", equalTo("amount"));
        applied(parties, cooperation, "20000.00");
    }

    @Test
    void voucherOverAnnualCapIsRejected() {
        String topic = unique("年度");
        Parties first = Parties.withInstitution(topic);
        for (int i = 0; i < 5; i++) {
            Parties next = i == 0 ? first : sameEnterprise(first, topic + i);
            applied(next, agreed(next), "20000");
        }
        Parties sixth = sameEnterprise(first, topic + "6");
        long cooperation = agreed(sixth);
        apply(sixth, cooperation, "TESTING_CERTIFICATION", "0.01").then().statusCode(400)
                .body("errors[0].field", equalTo("amount")).body("errors[0].message", org.hamcrest.Matchers.containsString("100000"));
    }

    @Test
    void aCancelledCooperationGivesItsVoucherAmountBackToTheYearlyCap() {
        String topic = unique("取消");
        Parties first = Parties.withInstitution(topic);
        long firstCooperation = agreed(first);
        long firstVoucher = applied(first, firstCooperation, "20000");
        asAdmin().body("{}").post("/api/vouchers/{id}/approve", firstVoucher).then().statusCode(200);
        for (int i = 1; i < 5; i++) {
            Parties next = sameEnterprise(first, topic + i);
            applied(next, agreed(next), "20000");
        }
        Parties sixth = sameEnterprise(first, topic + "6");
        long cooperation = agreed(sixth);
        apply(sixth, cooperation, "TESTING_CERTIFICATION", "20000").then().statusCode(400).body("errors[0].field", equalTo("amount"));

        first.asEnterprise().body("{\"reason\":\"项目取消\"}").post("/api/cooperations/{id}/cancel", firstCooperation).then().statusCode(200);
        applied(sixth, cooperation, "20000");
    }

    /** Another need of the same enterprise, with a new partner. */
    private static Parties sameEnterprise(Parties parties, String topic) {
        return parties.withNeed("""
                {"enterpriseId":%d,"title":"%s检测","industries":["FOOTWEAR"],"categories":["TESTING_CERTIFICATION"]}""".formatted(parties.enterpriseId(), topic))
                .withPartner("institution", Fixtures.institution(unique("inst"), topic + "实验室"));
    }

    @Test
    void providerMustBeARegisteredVoucherProvider() {
        Parties parties = Parties.with(unique("非登记"), "institution",
                Fixtures.institution(unique("inst"), "非登记实验室").replace("\"voucherProvider\":true", "\"voucherProvider\":false"));
        apply(parties, agreed(parties), "TESTING_CERTIFICATION", "1000").then().statusCode(400).body("errors[0].field", equalTo("cooperationId"));

        Parties designer = Parties.with(unique("设计师"), "designer", """
                {"name":"陈设计","description":"鞋类设计","industries":["FOOTWEAR"],
                 "capabilities":[{"category":"TESTING_CERTIFICATION","title":"检测","voucherEligible":true}],
                 "location":{"country":"CN","city":"温州市","district":"LUCHENG"}}""");
        apply(designer, agreed(designer), "TESTING_CERTIFICATION", "1000").then().statusCode(400).body("errors[0].field", equalTo("cooperationId"));
    }

    @Test
    void capabilityMustBeVoucherEligible() {
        Parties parties = Parties.withInstitution(unique("类别"));
        long cooperation = agreed(parties);
        apply(parties, cooperation, "FASHION_DESIGN", "1000").then().statusCode(400).body("errors[0].field", equalTo("category"));

        Parties ineligible = Parties.with(unique("不可用券"), "institution",
                Fixtures.institution(unique("inst"), "不可用券实验室").replace("\"voucherEligible\":true", "\"voucherEligible\":false"));
        apply(ineligible, agreed(ineligible), "TESTING_CERTIFICATION", "1000").then().statusCode(400).body("errors[0].field", equalTo("category"));
    }

    @Test
    void vouchersNeedAnAgreementAndTheEnterprisesOwner() {
        Parties parties = Parties.withInstitution(unique("协议"));
        long requested = parties.request();
        apply(parties, requested, "TESTING_CERTIFICATION", "1000").then().statusCode(409);
        parties.asPartner().body("{}").post("/api/cooperations/{id}/accept", requested).then().statusCode(200);
        parties.asEnterprise().body(AGREEMENT).post("/api/cooperations/{id}/agreement", requested).then().statusCode(200);
        asStranger().body(Map.of("cooperationId", requested, "category", "TESTING_CERTIFICATION", "amount", 1000))
                .post("/api/vouchers").then().statusCode(403);
        parties.asPartner().body(Map.of("cooperationId", requested, "category", "TESTING_CERTIFICATION", "amount", 1000))
                .post("/api/vouchers").then().statusCode(403);
        apply(parties, requested, "TESTING_CERTIFICATION", "-5").then().statusCode(400).body("errors[0].field", equalTo("amount"));
        apply(parties, requested, "TESTING_CERTIFICATION", "1.001").then().statusCode(400).body("errors[0].field", equalTo("amount"));
        applied(parties, requested, "1000");
        apply(parties, requested, "TESTING_CERTIFICATION", "1000").then().statusCode(409);
    }

    @Test
    void onlyAdminsDecideAndARejectionNeedsAReason() {
        Parties parties = Parties.withInstitution(unique("审批"));
        long voucher = applied(parties, agreed(parties), "3000");
        parties.asEnterprise().body("{}").post("/api/vouchers/{id}/approve", voucher).then().statusCode(403).contentType("application/problem+json");
        parties.asPartner().body("{\"reason\":\"x\"}").post("/api/vouchers/{id}/reject", voucher).then().statusCode(403);
        asAdmin().body("{}").post("/api/vouchers/{id}/reject", voucher).then().statusCode(400).body("errors[0].field", equalTo("reason"));
        asAdmin().body("{\"reason\":\"服务内容不在创新券支持范围\"}").post("/api/vouchers/{id}/reject", voucher).then().statusCode(200)
                .body("status", equalTo("REJECTED")).body("decidedBy", equalTo(Parties.ADMIN_USER));
        asAdmin().body("{}").post("/api/vouchers/{id}/approve", voucher).then().statusCode(409);
        redeem(parties, voucher, unique("key"), "100").then().statusCode(409);
    }

    @Test
    void onlyTheVouchersPartiesAndAdminsSeeIt() {
        Parties parties = Parties.withInstitution(unique("查看"));
        long voucher = applied(parties, agreed(parties), "3000");
        parties.asEnterprise().get("/api/vouchers/{id}", voucher).then().statusCode(200);
        parties.asPartner().get("/api/vouchers/{id}", voucher).then().statusCode(200);
        asAdmin().get("/api/vouchers/{id}", voucher).then().statusCode(200);
        asStranger().get("/api/vouchers/{id}", voucher).then().statusCode(403);
        assertThat(parties.asEnterprise().get("/api/vouchers").then().statusCode(200).extract().jsonPath().getList("items.id", Long.class))
                .containsExactly(voucher);
        assertThat(asStranger().get("/api/vouchers").then().statusCode(200).extract().jsonPath().getList("items.id", Long.class))
                .doesNotContain(voucher);
    }
}
