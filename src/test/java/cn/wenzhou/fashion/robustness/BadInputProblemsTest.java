package cn.wenzhou.fashion.robustness;

import static cn.wenzhou.fashion.testsupport.Fixtures.unique;
import static cn.wenzhou.fashion.testsupport.Parties.asAdmin;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import cn.wenzhou.fashion.testsupport.Fixtures;
import cn.wenzhou.fashion.testsupport.Parties;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * The bad inputs that once answered 500, 503 or 404: each is now a 4xx problem that names the field, and carries
 * the request's id.
 */
@QuarkusTest
class BadInputProblemsTest {

    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Test
    void recordsThatCooperationsReferToAreNotDeletedButExplained() {
        Parties parties = Parties.withInstitution(unique("删除"));
        parties.request();
        problem(asAdmin().when().delete("/api/needs/{id}", parties.needId()), 409)
                .body("detail", equalTo("The need " + parties.needId() + " is still referred to by 1 cooperation: "
                        + "it stays while they refer to it (needs, cooperations and vouchers are the programme's record; an admin decides a pending claim first)"));
        problem(asAdmin().when().delete("/api/institutions/{id}", parties.partnerId()), 409)
                .body("detail", equalTo("The institution " + parties.partnerId() + " is still referred to by 1 cooperation: "
                        + "it stays while they refer to it (needs, cooperations and vouchers are the programme's record; an admin decides a pending claim first)"));
        problem(asAdmin().when().delete("/api/enterprises/{id}", parties.enterpriseId()), 409)
                .body("detail", equalTo("The enterprise " + parties.enterpriseId() + " is still referred to by 1 need, 1 cooperation: "
                        + "it stays while they refer to it (needs, cooperations and vouchers are the programme's record; an admin decides a pending claim first)"));
        asAdmin().when().get("/api/needs/{id}", parties.needId()).then().statusCode(200);
    }

    @Test
    void aProfileWithAPendingClaimStaysUntilTheClaimIsDecided() {
        long institution = asAdmin().body(Fixtures.institution(unique("claimed"), "待认领检测中心")).when().post("/api/institutions")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        Parties.as(cn.wenzhou.fashion.testsupport.Tokens.of(unique("claimant"), "institution"))
                .body("""
                        {"evidenceReference":"登记证书 123","authorisationReference":"授权委托书 456",
                         "contact":{"person":"陈小姐","phone":"13800001111","email":"claim@lab.example.cn"}}""")
                .when().post("/api/institutions/{id}/claim", institution).then().statusCode(201);
        problem(asAdmin().when().delete("/api/institutions/{id}", institution), 409)
                .body("detail", equalTo("The institution " + institution + " is still referred to by 1 pending claim: "
                        + "it stays while they refer to it (needs, cooperations and vouchers are the programme's record; an admin decides a pending claim first)"));
    }

    @Test
    void pagesBeyondTheWindowAreRefusedBeforeAnyQuery() {
        field(given().when().get("/api/institutions?page=2147483647&size=100"), "page")
                .body("errors[0].message", equalTo("(page + 1) × size may not exceed 10000: narrow the list with filters instead"));
        field(given().when().get("/api/designers?page=100&size=100"), "page");
        given().when().get("/api/designers?page=99&size=100").then().statusCode(200);
    }

    @Test
    void unknownEnumerationValuesInTheQueryAreA400ListingTheAllowedOnes() {
        field(given().when().get("/api/search?sort=FOO"), "sort")
                .body("errors[0].message", equalTo("must be one of [RELEVANCE, UPDATED, NAME]"));
        field(asAdmin().when().get("/api/cooperations?status=FOO"), "status")
                .body("errors[0].message", equalTo("must be one of [REQUESTED, ACCEPTED, DECLINED, AGREED, IN_PROGRESS, COMPLETED, CANCELLED]"));
    }

    @Test
    void queryAndPathValuesOfTheWrongKindAreA400NamingTheParameter() {
        field(given().when().get("/api/institutions?page=2147483648"), "page")
                .body("errors[0].message", equalTo("must be a whole number from -2147483648 to 2147483647"));
        field(given().urlEncodingEnabled(false).when().get("/api/institutions?externalId=a%00b"), "externalId")
                .body("errors[0].message", equalTo("must not contain control characters (found U+0000 at 1)"));
        field(asAdmin().urlEncodingEnabled(false).body("{\"disabled\":false,\"reason\":\"x\"}").when().put("/api/admin/users/a%00b/status"), "subject");
    }

    @Test
    void aTamperedCursorIsTheClientsError() {
        // {"sort":"RELEVANCE","values":["not a score","key"]}: the structure of a cursor, with values of the wrong type
        String tampered = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"sort\":\"RELEVANCE\",\"values\":[\"not a score\",\"key\"]}".getBytes());
        field(given().queryParam("after", tampered).when().get("/api/search?q=检测"), "after");
        field(given().queryParam("after", "%%%").when().get("/api/search?q=检测"), "after");
    }

    @Test
    void fiftyCapabilitiesOfTheLongestDescriptionAreStored() {
        String description = "检".repeat(1999);
        List<String> capabilities = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String title = "%02d".formatted(i) + "测".repeat(198);
            capabilities.add("{\"category\":\"TESTING_CERTIFICATION\",\"title\":\"" + title + "\",\"description\":\"" + description + "\\\"\"}");
        }
        String body = """
                {"name":"长能力清单检测中心","type":"TESTING_LAB","industries":["FOOTWEAR"],"capabilities":[%s],
                 "location":{"country":"CN","city":"温州市","district":"LUCHENG"}}""".formatted(String.join(",", capabilities));
        long id = asAdmin().body(body).when().post("/api/institutions").then().statusCode(201).extract().jsonPath().getLong("id");
        given().when().get("/api/institutions/{id}", id).then().statusCode(200)
                .body("capabilities.size()", equalTo(50)).body("capabilities[49].description", equalTo(description + "\""));
    }

    @Test
    void textTheDatabaseCannotStoreIsRefusedNamingTheField() {
        String body = Fixtures.institution(unique("nul"), "空字符\\u0000检测中心");
        field(asAdmin().body(body).when().post("/api/institutions"), "name")
                .body("errors[0].message", equalTo("must not contain control characters (found U+0000 at 3)"));
        String surrogate = Fixtures.institution(unique("sur"), "半个字符\\ud800检测中心");
        field(asAdmin().body(surrogate).when().post("/api/institutions"), "name")
                .body("errors[0].message", equalTo("must not contain unpaired surrogates (found U+D800 at 4)"));
        String capability = Fixtures.institution(unique("cap"), "能力检测中心").replace("湿态防滑测试", "湿态\\u0007防滑");
        field(asAdmin().body(capability).when().post("/api/institutions"), "capabilities[0].description");
    }

    @Test
    void datesBeyondAnyPlausibleYearAreRefused() {
        Parties parties = Parties.withInstitution(unique("日期"));
        long cooperation = parties.request();
        parties.asPartner().body("{}").when().post("/api/cooperations/{id}/accept", cooperation).then().statusCode(200);
        field(parties.asEnterprise().body("""
                {"type":"JOINT_PROJECT","terms":"检测服务","startDate":"2025-03-01","endDate":"+999999999-12-31"}""")
                .when().post("/api/cooperations/{id}/agreement", cooperation), "endDate")
                .body("errors[0].message", equalTo("must be a date in the years 1900-2199"));
    }

    @Test
    void concurrentCreatesOfOneExternalIdGiveOneRecordAndConflicts() throws Exception {
        String externalId = unique("race");
        String body = Fixtures.institution(externalId, "并发创建检测中心");
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Integer>> creates = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                creates.add(() -> asAdmin().body(body).when().post("/api/institutions").then().extract().statusCode());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> status : pool.invokeAll(creates)) {
                statuses.add(status.get());
            }
            // 400 when the external id is seen taken, 409 when two inserts race past that check
            assertThat(statuses).isSubsetOf(201, 400, 409).filteredOn(s -> s == 201).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theProblemsRequestIdIsTheResponsesHeader() {
        var response = given().when().get("/api/institutions?page=-1").then().statusCode(400)
                .header("X-Request-Id", matchesPattern(UUID)).extract();
        assertThat(response.jsonPath().getString("requestId")).isEqualTo(response.header("X-Request-Id"));
        given().header("X-Request-Id", "ingress-1234abcd").when().get("/api/institutions?page=-1").then().statusCode(400)
                .header("X-Request-Id", "ingress-1234abcd").body("requestId", equalTo("ingress-1234abcd"));
        given().header("X-Request-Id", "bad id\nforged log line").when().get("/api/institutions?page=-1").then().statusCode(400)
                .header("X-Request-Id", matchesPattern(UUID));
    }

    private static ValidatableResponse problem(io.restassured.response.Response response, int status) {
        return response.then().statusCode(status).contentType("application/problem+json").body("status", equalTo(status))
                .body("requestId", matchesPattern(UUID));
    }

    private static ValidatableResponse field(io.restassured.response.Response response, String field) {
        return problem(response, 400).body("errors[0].field", equalTo(field));
    }
}
