package cn.wenzhou.fashion.voucher;

import static cn.wenzhou.fashion.testsupport.Fixtures.unique;
import static cn.wenzhou.fashion.testsupport.Parties.asAdmin;
import static cn.wenzhou.fashion.testsupport.Parties.asSecondAdmin;
import static cn.wenzhou.fashion.testsupport.Parties.asStranger;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import cn.wenzhou.fashion.testsupport.ImportJobs;
import cn.wenzhou.fashion.testsupport.Fixtures;
import cn.wenzhou.fashion.testsupport.Parties;
import cn.wenzhou.fashion.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class VoucherApiTest {

    /** A cooperation of the parties with agreed terms. */
    static long agreed(Parties parties) {
        long id = parties.request();
        parties.agree(id);
        return id;
    }

    /** The service was delivered: both sides confirmed the completion. */
    private static void complete(Parties parties, long cooperation) {
        parties.complete(cooperation, 4);
    }

    private static io.restassured.response.Response apply(Parties parties, long cooperation, String category, String amount) {
        return parties.asEnterprise().body("{\"cooperationId\":%d,\"category\":\"%s\",\"amount\":%s}".formatted(cooperation, category, amount))
                .post("/api/vouchers");
    }

    static long applied(Parties parties, long cooperation, String amount) {
        return apply(parties, cooperation, "TESTING_CERTIFICATION", amount).then().statusCode(201)
                .body("status", equalTo("APPLIED")).extract().jsonPath().getLong("id");
    }

    /** The enterprise requests the redemption, with a contract and an invoice no other voucher names. */
    private static io.restassured.response.Response redeem(Parties parties, long voucher, String key, String amount) {
        return redeem(parties, voucher, key, amount, unique("HT"), unique("INV"));
    }

    private static io.restassured.response.Response redeem(Parties parties, long voucher, String key, String amount, String contract, String invoice) {
        return parties.asEnterprise().header("Idempotency-Key", key)
                .body("{\"amount\":%s,\"contractReference\":\"%s\",\"invoiceReference\":\"%s\"}".formatted(amount, contract, invoice))
                .post("/api/vouchers/{id}/redeem", voucher);
    }

    /** An enterprise whose credit code the bureau verified, with a need and a registered voucher provider. */
    private static Parties verifiedWithInstitution(String topic) {
        return Parties.withInstitution(topic).verified();
    }

    @Test
    void theVoucherOrderApplyApproveRequestConfirmPayWithFourEyes() {
        Parties parties = verifiedWithInstitution(unique("兑现"));
        long cooperation = agreed(parties);
        long voucher = applied(parties, cooperation, "12345.67");
        asAdmin().body("{\"reason\":\"材料齐全\"}").post("/api/vouchers/{id}/approve", voucher).then().statusCode(200)
                .body("status", equalTo("APPROVED")).body("decisionReason", equalTo("材料齐全")).body("decidedBy", equalTo(Parties.ADMIN_USER));
        redeem(parties, voucher, unique("key"), "12000.10").then().statusCode(409); // the service was not delivered yet
        complete(parties, cooperation);
        parties.asPartner().post("/api/vouchers/{id}/confirm", voucher).then().statusCode(409); // nothing to confirm yet

        String key = unique("key");
        parties.asPartner().header("Idempotency-Key", key).body("{\"amount\":1,\"contractReference\":\"HT-1\",\"invoiceReference\":\"INV-1\"}")
                .post("/api/vouchers/{id}/redeem", voucher).then().statusCode(403);
        JsonPath first = redeem(parties, voucher, key, "12000.10", "HT-" + key, "INV-" + key).then().statusCode(200)
                .body("status", equalTo("REDEMPTION_REQUESTED")).body("contractReference", equalTo("HT-" + key))
                .extract().jsonPath();
        assertThat(first.getString("redeemedAmount")).isEqualTo("12000.1");
        assertThat(first.getString("amount")).isEqualTo("12345.67");
        JsonPath repeated = redeem(parties, voucher, key, "99.00").then().statusCode(200).extract().jsonPath();
        assertThat(repeated.getMap("")).isEqualTo(first.getMap(""));
        redeem(parties, voucher, unique("key"), "12000.10").then().statusCode(409).contentType("application/problem+json");
        asSecondAdmin().body("{}").post("/api/vouchers/{id}/pay", voucher).then().statusCode(409); // the provider has not confirmed

        parties.asEnterprise().post("/api/vouchers/{id}/confirm", voucher).then().statusCode(403);
        parties.asPartner().post("/api/vouchers/{id}/confirm", voucher).then().statusCode(200)
                .body("status", equalTo("CONFIRMED")).body("confirmedBy", equalTo(parties.partnerUser()));
        asAdmin().body("{}").post("/api/vouchers/{id}/pay", voucher).then().statusCode(403).contentType("application/problem+json");
        asSecondAdmin().body("{\"reason\":\"合同发票核对无误\"}").post("/api/vouchers/{id}/pay", voucher).then().statusCode(200)
                .body("status", equalTo("PAID")).body("paidBy", equalTo(Parties.SECOND_ADMIN_USER));
        asSecondAdmin().body("{}").post("/api/vouchers/{id}/pay", voucher).then().statusCode(409);
        asAdmin().queryParam("recordKind", "voucher").queryParam("recordId", voucher).get("/api/admin/audit").then().statusCode(200)
                .body("items.action", contains("VOUCHER_PAID", "VOUCHER_APPROVED"))
                .body("items.actor", contains(Parties.SECOND_ADMIN_USER, Parties.ADMIN_USER));
    }

    @Test
    void anAdminWhoAppliedOrOwnsAPartyDoesNotDecide() {
        Parties parties = verifiedWithInstitution(unique("四眼"));
        long voucher = applied(parties, agreed(parties), "3000");
        // A user who owns the enterprise and also holds the admin role is still a party.
        Parties.as(Tokens.of(parties.enterpriseUser(), "enterprise", "admin")).body("{}").post("/api/vouchers/{id}/approve", voucher)
                .then().statusCode(403);
        Parties.as(Tokens.of(parties.partnerUser(), "institution", "admin")).body("{}").post("/api/vouchers/{id}/approve", voucher)
                .then().statusCode(403);
        asAdmin().body("{}").post("/api/vouchers/{id}/approve", voucher).then().statusCode(200);
    }

    @Test
    void aContractOrInvoiceProvesOneVoucherOnly() {
        String topic = unique("凭证");
        Parties first = verifiedWithInstitution(topic);
        Parties second = sameEnterprise(first, topic + "2");
        long firstCooperation = agreed(first);
        long secondCooperation = agreed(second);
        long firstVoucher = applied(first, firstCooperation, "1000");
        long secondVoucher = applied(second, secondCooperation, "1000");
        asAdmin().body("{}").post("/api/vouchers/{id}/approve", firstVoucher).then().statusCode(200);
        asAdmin().body("{}").post("/api/vouchers/{id}/approve", secondVoucher).then().statusCode(200);
        complete(first, firstCooperation);
        complete(second, secondCooperation);
        String contract = unique("HT");
        String invoice = unique("INV");
        redeem(first, firstVoucher, unique("key"), "1000", contract, invoice).then().statusCode(200);

        redeem(second, secondVoucher, unique("key"), "1000", contract, unique("INV")).then().statusCode(400)
                .body("errors[0].field", equalTo("contractReference"));
        redeem(second, secondVoucher, unique("key"), "1000", unique("HT"), invoice).then().statusCode(400)
                .body("errors[0].field", equalTo("invoiceReference"));
    }

    @Test
    void anUnverifiedCreditCodeGetsNoVoucher() {
        Parties parties = Parties.withInstitution(unique("未核验"));
        long cooperation = agreed(parties);
        apply(parties, cooperation, "TESTING_CERTIFICATION", "1000").then().statusCode(409)
                .body("detail", containsString("credit code"));
        parties.verified();
        applied(parties, cooperation, "1000");
    }

    @Test
    void aVerifiedCreditCodeBelongsToOneEnterprise() {
        Parties parties = verifiedWithInstitution(unique("唯一"));
        String creditCode = parties.asEnterprise().get("/api/enterprises/{id}", parties.enterpriseId()).then().extract().path("creditCode");
        String squatter = unique("squatter");
        long copy = Parties.as(Tokens.of(squatter, "enterprise")).body("""
                {"name":"冒名鞋业","creditCode":"%s","industries":["FOOTWEAR"],"district":"OUHAI"}""".formatted(creditCode))
                .post("/api/enterprises").then().statusCode(201).body("creditCodeVerified", equalTo(false)).extract().jsonPath().getLong("id");
        asAdmin().post("/api/enterprises/{id}/verification", copy).then().statusCode(409);
    }

    @Test
    void redemptionNeedsAKeyAndStaysWithinTheApprovedAmount() {
        Parties parties = verifiedWithInstitution(unique("金额"));
        long cooperation = agreed(parties);
        long voucher = applied(parties, cooperation, "5000");
        asAdmin().body("{}").post("/api/vouchers/{id}/approve", voucher).then().statusCode(200);
        complete(parties, cooperation);
        parties.asEnterprise().body("{\"amount\":100,\"contractReference\":\"HT-1\",\"invoiceReference\":\"INV-1\"}").post("/api/vouchers/{id}/redeem", voucher)
                .then().statusCode(400).body("errors[0].field", equalTo("Idempotency-Key"));
        redeem(parties, voucher, unique("key"), "5000.01").then().statusCode(400).body("errors[0].field", equalTo("amount"));
        String key = unique("key");
        redeem(parties, voucher, key, "5000").then().statusCode(200);

        Parties others = verifiedWithInstitution(unique("另一张"));
        long otherCooperation = agreed(others);
        long otherVoucher = applied(others, otherCooperation, "100");
        asAdmin().body("{}").post("/api/vouchers/{id}/approve", otherVoucher).then().statusCode(200);
        complete(others, otherCooperation);
        // Keys are the caller's: another enterprise's user may use the same one; the same user may not reuse it.
        redeem(others, otherVoucher, key, "100").then().statusCode(200);
        Parties sameUser = sameEnterprise(parties, unique("同一用户"));
        long sameUserCooperation = agreed(sameUser);
        long sameUserVoucher = applied(sameUser, sameUserCooperation, "100");
        asAdmin().body("{}").post("/api/vouchers/{id}/approve", sameUserVoucher).then().statusCode(200);
        complete(sameUser, sameUserCooperation);
        redeem(sameUser, sameUserVoucher, key, "100").then().statusCode(409);
    }

    @Test
    void applicationOverThePerApplicationCapIsRejected() {
        Parties parties = verifiedWithInstitution(unique("单笔"));
        long cooperation = agreed(parties);
        apply(parties, cooperation, "TESTING_CERTIFICATION", "20000.01").then().statusCode(400).body("errors[0].field", equalTo("amount"));
        applied(parties, cooperation, "20000.00");
    }

    @Test
    void voucherOverAnnualCapIsRejected() {
        String topic = unique("年度");
        Parties first = verifiedWithInstitution(topic);
        for (int i = 0; i < 5; i++) {
            Parties next = i == 0 ? first : sameEnterprise(first, topic + i);
            applied(next, agreed(next), "20000");
        }
        Parties sixth = sameEnterprise(first, topic + "6");
        long cooperation = agreed(sixth);
        apply(sixth, cooperation, "TESTING_CERTIFICATION", "0.01").then().statusCode(400)
                .body("errors[0].field", equalTo("amount")).body("errors[0].message", containsString("100000"));
    }

    @Test
    void aCancelledCooperationGivesItsVoucherAmountBackToTheYearlyCap() {
        String topic = unique("取消");
        Parties first = verifiedWithInstitution(topic);
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

    @Test
    void anImportedDuplicateOfAVerifiedCreditCodeIsReportedAndAnAdminMergesIt() {
        Parties parties = verifiedWithInstitution(unique("合并"));
        String creditCode = parties.asEnterprise().get("/api/enterprises/{id}", parties.enterpriseId()).then().extract().path("creditCode");
        String duplicateId = unique("legacy-ent");
        String legacyNeedId = unique("legacy-need");
        String lines = """
                {"kind":"enterprise","externalId":"%s","name":"温州合作测试鞋业（旧系统）","creditCode":"%s","industries":["FOOTWEAR"],"district":"OUHAI"}
                {"kind":"need","externalId":"%s","enterpriseExternalId":"%s","title":"旧系统里的需求","industries":["FOOTWEAR"]}
                """.formatted(duplicateId, creditCode, legacyNeedId, duplicateId);
        ImportJobs.finished(Parties::asAdmin, lines)
                .body("created", equalTo(2))
                .body("warnings.line", contains(1)).body("warnings[0].field", equalTo("creditCode"))
                .body("warnings[0].message", containsString("/api/enterprises/" + parties.enterpriseId() + "/merge"));
        long duplicate = asAdmin().queryParam("externalId", duplicateId).get("/api/enterprises").then().extract().jsonPath().getLong("items[0].id");
        asAdmin().post("/api/enterprises/{id}/verification", duplicate).then().statusCode(409);

        String merge = "/api/enterprises/{id}/merge";
        parties.asEnterprise().body(Map.of("duplicateId", duplicate, "reason", "同一法人")).post(merge, parties.enterpriseId()).then().statusCode(403);
        asAdmin().body(Map.of("duplicateId", duplicate)).post(merge, parties.enterpriseId()).then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        asAdmin().body(Map.of("duplicateId", parties.enterpriseId(), "reason", "x")).post(merge, parties.enterpriseId()).then().statusCode(400)
                .body("errors[0].field", equalTo("duplicateId"));
        asAdmin().body(Map.of("duplicateId", duplicate, "reason", "同一法人，旧系统重复录入")).post(merge, parties.enterpriseId()).then()
                .statusCode(200).body("creditCodeVerified", equalTo(true));

        asAdmin().get("/api/enterprises/{id}", duplicate).then().statusCode(404);
        List<Map<String, Object>> needs = parties.asEnterprise().queryParam("externalId", legacyNeedId).get("/api/needs").then().statusCode(200)
                .extract().jsonPath().getList("items");
        assertThat(needs).filteredOn(n -> "旧系统里的需求".equals(n.get("title")))
                .singleElement().satisfies(n -> {
                    assertThat(((Number) n.get("enterpriseId")).longValue()).isEqualTo(parties.enterpriseId());
                    assertThat(n.get("ownerId")).isEqualTo(parties.enterpriseUser());
                });
        asAdmin().queryParam("recordKind", "enterprise").queryParam("recordId", parties.enterpriseId()).get("/api/admin/audit").then()
                .body("items[0].action", equalTo("ENTERPRISES_MERGED"))
                .body("items[0].detail", equalTo("enterprise " + duplicate + " merged in: 1 needs, 0 cooperations, 0 vouchers moved"));
    }

    @Test
    void twoConcurrentApplicationsOverTheYearlyCapExactlyOnePasses() throws Exception {
        String topic = unique("并发上限");
        Parties first = verifiedWithInstitution(topic);
        for (int i = 0; i < 4; i++) {
            Parties next = i == 0 ? first : sameEnterprise(first, topic + i);
            applied(next, agreed(next), "20000");
        }
        // 80,000 CNY of the 100,000 taken: either application of 15,000 fits, both together do not.
        Parties a = sameEnterprise(first, topic + "a");
        Parties b = sameEnterprise(first, topic + "b");
        long cooperationA = agreed(a);
        long cooperationB = agreed(b);
        List<Integer> statuses = concurrently(
                () -> apply(a, cooperationA, "TESTING_CERTIFICATION", "15000").statusCode(),
                () -> apply(b, cooperationB, "TESTING_CERTIFICATION", "15000").statusCode());
        assertThat(statuses).containsExactlyInAnyOrder(201, 400);
    }

    @Test
    void aConcurrentRetryWithTheSameKeyGetsTheSameResult() throws Exception {
        Parties parties = verifiedWithInstitution(unique("重试"));
        long cooperation = agreed(parties);
        long voucher = applied(parties, cooperation, "2000");
        asAdmin().body("{}").post("/api/vouchers/{id}/approve", voucher).then().statusCode(200);
        complete(parties, cooperation);
        String key = unique("key");
        String contract = unique("HT");
        String invoice = unique("INV");
        List<Integer> statuses = concurrently(
                () -> redeem(parties, voucher, key, "2000", contract, invoice).statusCode(),
                () -> redeem(parties, voucher, key, "2000", contract, invoice).statusCode());
        assertThat(statuses).containsExactly(200, 200);
        parties.asEnterprise().get("/api/vouchers/{id}", voucher).then().body("status", equalTo("REDEMPTION_REQUESTED"))
                .body("invoiceReference", equalTo(invoice));
    }

    /** Runs the calls at the same moment, each on its own thread; their results in the order given. */
    @SafeVarargs
    static List<Integer> concurrently(Callable<Integer>... calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.length);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> results = new ArrayList<>();
            for (Callable<Integer> call : calls) {
                results.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : results) {
                statuses.add(result.get(60, TimeUnit.SECONDS));
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
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
                Fixtures.institution(unique("inst"), "非登记实验室").replace("\"voucherProvider\":true", "\"voucherProvider\":false")).verified();
        apply(parties, agreed(parties), "TESTING_CERTIFICATION", "1000").then().statusCode(400).body("errors[0].field", equalTo("cooperationId"));

        Parties designer = Parties.with(unique("设计师"), "designer", """
                {"name":"陈设计","description":"鞋类设计","industries":["FOOTWEAR"],
                 "capabilities":[{"category":"TESTING_CERTIFICATION","title":"检测","voucherEligible":true}],
                 "location":{"country":"CN","city":"温州市","district":"LUCHENG"}}""").verified();
        apply(designer, agreed(designer), "TESTING_CERTIFICATION", "1000").then().statusCode(400).body("errors[0].field", equalTo("cooperationId"));
    }

    @Test
    void aProviderRegistrationHasAValidityPeriodThatOnlyAdminsSet() {
        Parties parties = verifiedWithInstitution(unique("有效期"));
        long cooperation = agreed(parties);
        String externalId = unique("inst");
        String registered = Fixtures.institution(externalId, "登记到期的实验室").replace("\"voucherProvider\":true", "\"voucherProvider\":true,\"voucherProviderUntil\":\"%s\"");
        String path = "/api/institutions/{id}";
        asAdmin().body(registered.formatted("2020-12-31")).put(path, parties.partnerId()).then().statusCode(200)
                .body("voucherProviderUntil", equalTo("2020-12-31"));
        apply(parties, cooperation, "TESTING_CERTIFICATION", "1000").then().statusCode(400)
                .body("errors[0].field", equalTo("cooperationId")).body("errors[0].message", containsString("ended on 2020-12-31"));

        parties.asPartner().body(registered.formatted("2099-12-31")).put(path, parties.partnerId()).then().statusCode(403)
                .body("detail", containsString("voucherProviderUntil"));
        asAdmin().body(registered.formatted("2099-12-31")).put(path, parties.partnerId()).then().statusCode(200);
        applied(parties, cooperation, "1000");
    }

    @Test
    void capabilityMustBeVoucherEligible() {
        Parties parties = verifiedWithInstitution(unique("类别"));
        long cooperation = agreed(parties);
        apply(parties, cooperation, "FASHION_DESIGN", "1000").then().statusCode(400).body("errors[0].field", equalTo("category"));

        Parties ineligible = Parties.with(unique("不可用券"), "institution",
                Fixtures.institution(unique("inst"), "不可用券实验室").replace("\"voucherEligible\":true", "\"voucherEligible\":false")).verified();
        apply(ineligible, agreed(ineligible), "TESTING_CERTIFICATION", "1000").then().statusCode(400).body("errors[0].field", equalTo("category"));
    }

    @Test
    void vouchersNeedAnAgreementAndTheEnterprisesOwner() {
        Parties parties = verifiedWithInstitution(unique("协议"));
        long requested = parties.request();
        apply(parties, requested, "TESTING_CERTIFICATION", "1000").then().statusCode(409);
        parties.agree(requested);
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
        Parties parties = verifiedWithInstitution(unique("审批"));
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
        Parties parties = verifiedWithInstitution(unique("查看"));
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
