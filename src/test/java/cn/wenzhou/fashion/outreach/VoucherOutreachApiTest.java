package cn.wenzhou.fashion.outreach;

import static cn.wenzhou.fashion.testsupport.Fixtures.unique;
import static cn.wenzhou.fashion.testsupport.Parties.asAdmin;
import static cn.wenzhou.fashion.testsupport.Parties.asApprovedStranger;
import static cn.wenzhou.fashion.testsupport.Parties.asStranger;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.wenzhou.fashion.testsupport.IndexingBacklog;
import cn.wenzhou.fashion.testsupport.Parties;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Voucher outreach: a need's voucher eligibility for its owner and admins, and the bureau's list of eligible needs
 * without an application. The enterprise's testing lab is a registered voucher provider with a voucher-eligible
 * testing capability and the topic in its name, so it ranks among the need's first matches.
 */
@QuarkusTest
class VoucherOutreachApiTest {

    private static final String ELIGIBILITY = "/api/needs/{id}/voucher-eligibility";

    private static long entryIndex(List<Map<String, Object>> items, long needId) {
        return items.stream().filter(i -> ((Number) i.get("needId")).longValue() == needId).count();
    }

    @Test
    void theOwnerSeesTheProvidersAmongTheFirstMatchesTheEligibleCategoriesAndTheCapLeft() {
        Parties parties = Parties.withInstitution(unique("券适用")).verified();
        IndexingBacklog.awaitEmpty();
        parties.asEnterprise().get(ELIGIBILITY, parties.needId()).then().statusCode(200)
                .body("needId", equalTo((int) parties.needId())).body("eligible", equalTo(true))
                .body("categories", contains("TESTING_CERTIFICATION")).body("capLeft", equalTo(100000.0f))
                .body("providers.id", hasItem((int) parties.partnerId()))
                .body("providers.find { it.id == " + parties.partnerId() + " }.categories", contains("TESTING_CERTIFICATION"))
                .body("reasons", equalTo(List.of()));
        asAdmin().get(ELIGIBILITY, parties.needId()).then().statusCode(200).body("eligible", equalTo(true));

        long cooperation = parties.request();
        parties.agree(cooperation);
        parties.asEnterprise().body("{\"cooperationId\":%d,\"category\":\"TESTING_CERTIFICATION\",\"amount\":20000}".formatted(cooperation))
                .post("/api/vouchers").then().statusCode(201);
        parties.asEnterprise().get(ELIGIBILITY, parties.needId()).then().statusCode(200).body("capLeft", equalTo(80000.0f));
    }

    @Test
    void withoutAVerifiedCreditCodeANeedIsNotEligible() {
        Parties parties = Parties.withInstitution(unique("未核验券"));
        parties.asEnterprise().get(ELIGIBILITY, parties.needId()).then().statusCode(200)
                .body("eligible", equalTo(false)).body("capLeft", nullValue()).body("providers", equalTo(List.of()))
                .body("reasons", contains("NO_VERIFIED_CREDIT_CODE"));
    }

    @Test
    void onlyTheOwnerAndAdminsSeeANeedsEligibility() {
        Parties parties = Parties.withInstitution(unique("券可见")).verified();
        asStranger().get(ELIGIBILITY, parties.needId()).then().statusCode(403).contentType("application/problem+json");
        asApprovedStranger().get(ELIGIBILITY, parties.needId()).then().statusCode(403);
        parties.asPartner().get(ELIGIBILITY, parties.needId()).then().statusCode(403);
        given().get(ELIGIBILITY, parties.needId()).then().statusCode(401);
        asAdmin().get(ELIGIBILITY, 987654321L).then().statusCode(404);

        Parties secret = parties.withNeed("""
                {"enterpriseId":%d,"title":"保密的鞋底检测","industries":["FOOTWEAR"],"categories":["TESTING_CERTIFICATION"],"confidential":true}"""
                .formatted(parties.enterpriseId()));
        asApprovedStranger().get(ELIGIBILITY, secret.needId()).then().statusCode(404);
        parties.asEnterprise().get(ELIGIBILITY, secret.needId()).then().statusCode(200);
    }

    @Test
    void theBureauListsEligibleNeedsWithoutAnApplicationByDistrictAndIndustry() {
        String topic = unique("外联");
        Parties parties = Parties.withInstitution(topic).verified();
        Parties formula = parties.withNeed("""
                {"enterpriseId":%d,"title":"=HYPERLINK(\\"x\\")%s鞋底防滑检测","industries":["FOOTWEAR"],"categories":["TESTING_CERTIFICATION"]}"""
                .formatted(parties.enterpriseId(), topic));
        IndexingBacklog.awaitEmpty();
        parties.asEnterprise().post("/api/voucher-outreach/refresh").then().statusCode(403);
        asAdmin().post("/api/voucher-outreach/refresh").then().statusCode(200);

        List<Map<String, Object>> ouhai = asAdmin().queryParam("district", "OUHAI").queryParam("industry", "FOOTWEAR").queryParam("size", 100)
                .get("/api/voucher-outreach").then().statusCode(200).extract().jsonPath().getList("items");
        assertThat(entryIndex(ouhai, parties.needId())).isEqualTo(1);
        Map<String, Object> entry = ouhai.stream().filter(i -> ((Number) i.get("needId")).longValue() == parties.needId()).findFirst().orElseThrow();
        assertThat(entry).containsEntry("district", "OUHAI").containsEntry("contactPerson", "李总").containsEntry("phone", "0577-11112222")
                .containsEntry("categories", List.of("TESTING_CERTIFICATION"));
        assertThat(entry.get("providers")).asList().contains(topic + "检测实验室");
        asAdmin().queryParam("district", "LUCHENG").queryParam("size", 100).get("/api/voucher-outreach").then().statusCode(200)
                .body("items.needId", not(hasItem((int) parties.needId())));
        asAdmin().queryParam("industry", "EYEWEAR").queryParam("size", 100).get("/api/voucher-outreach").then().statusCode(200)
                .body("items.needId", not(hasItem((int) parties.needId())));

        String csv = asAdmin().queryParam("district", "OUHAI").queryParam("format", "csv").get("/api/voucher-outreach").then().statusCode(200)
                .header("Content-Disposition", equalTo("attachment; filename=\"voucher-outreach.csv\"")).extract().asString();
        assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo("needId,needExternalId,title,enterpriseId,enterpriseName,district,industries,"
                + "categories,providers,capLeft,contactPerson,phone,email,computedAt");
        assertThat(csv).contains("," + topic + "鞋底防滑检测,").contains(",\"'=HYPERLINK(\"\"x\"\")" + topic + "鞋底防滑检测\",");

        // Once the enterprise applied for a voucher on the need, the bureau need not call about it.
        long cooperation = parties.request();
        parties.agree(cooperation);
        parties.asEnterprise().body("{\"cooperationId\":%d,\"category\":\"TESTING_CERTIFICATION\",\"amount\":5000}".formatted(cooperation))
                .post("/api/vouchers").then().statusCode(201);
        List<Map<String, Object>> after = asAdmin().queryParam("district", "OUHAI").queryParam("size", 100).get("/api/voucher-outreach").then()
                .statusCode(200).extract().jsonPath().getList("items");
        assertThat(entryIndex(after, parties.needId())).isZero();
        assertThat(entryIndex(after, formula.needId())).isEqualTo(1);
    }

    @Test
    void onlyAdminsSeeTheListAndBadFiltersAreRefused() {
        Parties parties = Parties.withInstitution(unique("外联权限"));
        parties.asEnterprise().get("/api/voucher-outreach").then().statusCode(403);
        asStranger().queryParam("format", "csv").get("/api/voucher-outreach").then().statusCode(403);
        given().get("/api/voucher-outreach").then().statusCode(401);
        asAdmin().queryParam("district", "SHANGHAI").get("/api/voucher-outreach").then().statusCode(400).contentType("application/problem+json");
        asAdmin().queryParam("industry", "CARS").get("/api/voucher-outreach").then().statusCode(400);
        asAdmin().queryParam("format", "xml").get("/api/voucher-outreach").then().statusCode(400).body("errors[0].field", equalTo("format"));
        asAdmin().queryParam("page", 100000).get("/api/voucher-outreach").then().statusCode(400).body("errors[0].field", equalTo("page"));
        asAdmin().queryParam("size", 0).get("/api/voucher-outreach").then().statusCode(400);
    }
}
