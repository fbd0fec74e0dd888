package cn.wenzhou.fashion.need;

import static cn.wenzhou.fashion.testsupport.Fixtures.create;
import static cn.wenzhou.fashion.testsupport.Fixtures.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.wenzhou.fashion.domain.CreditCodes;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

@QuarkusTest
// Not about access rules (security.* tests are): runs as an admin, who may do everything.
@TestSecurity(user = "test-admin", roles = "admin")
class NeedApiTest {

    private long enterpriseId;
    private String enterpriseExternalId;

    @BeforeEach
    void enterprise() {
        enterpriseExternalId = unique("ent");
        enterpriseId = create("/api/enterprises", cn.wenzhou.fashion.testsupport.Fixtures.enterprise(enterpriseExternalId,
                CreditCodes.withCheckCharacter("91330381MA2JD4R67")));
    }

    private String need(String externalId, String budgetMin, String budgetMax) {
        return """
                {"externalId":"%s","enterpriseId":%d,"title":"童鞋需做GB 30585全项检测","description":"出口童鞋需要检测报告",
                 "industries":["FOOTWEAR"],"categories":["TESTING_CERTIFICATION"],"keywords":["童鞋","检测"],
                 "budgetMin":%s,"budgetMax":%s,"useVoucher":true,"preferredScope":"LOCAL"}
                """.formatted(externalId, enterpriseId, budgetMin, budgetMax);
    }

    @Test
    void needIsCreatedForItsEnterprise() {
        String externalId = unique("need");
        long id = create("/api/needs", need(externalId, "10000", "50000.50"));
        given().when().get("/api/needs/{id}", id).then().statusCode(200)
                .body("externalId", equalTo(externalId))
                .body("enterpriseId", equalTo((int) enterpriseId))
                .body("enterpriseExternalId", equalTo(enterpriseExternalId))
                .body("budgetMax", equalTo(50000.5f))
                .body("preferredScope", equalTo("LOCAL"))
                .body("status", equalTo("OPEN"));
    }

    @Test
    void needCanNameItsEnterpriseByExternalId() {
        String body = need(unique("need"), "1", "2").replace("\"enterpriseId\":" + enterpriseId,
                "\"enterpriseExternalId\":\"" + enterpriseExternalId + "\"");
        given().contentType(ContentType.JSON).body(body).when().post("/api/needs")
                .then().statusCode(201).body("enterpriseId", equalTo((int) enterpriseId));
    }

    @Test
    void listFiltersByExternalId() {
        String externalId = unique("need");
        create("/api/needs", need(externalId, "1", "2"));
        given().queryParam("externalId", externalId).when().get("/api/needs")
                .then().statusCode(200).body("items.externalId", contains(externalId));
    }

    @Test
    void invertedBudgetIsRefusedNamingBudgetMax() {
        given().contentType(ContentType.JSON).body(need(unique("need"), "50000", "10000")).when().post("/api/needs")
                .then().statusCode(400)
                .body("errors.field", contains("budgetMax"));
    }

    @Test
    void negativeBudgetIsRefused() {
        given().contentType(ContentType.JSON).body(need(unique("need"), "-1", "10")).when().post("/api/needs")
                .then().statusCode(400).body("errors.field", hasItem("budgetMin"));
    }

    @Test
    void needOfUnknownEnterpriseIsRefused() {
        String body = need(unique("need"), "1", "2").replace("\"enterpriseId\":" + enterpriseId, "\"enterpriseId\":987654321");
        given().contentType(ContentType.JSON).body(body).when().post("/api/needs")
                .then().statusCode(400).body("errors.field", contains("enterpriseId"));
        given().queryParam("size", 100).when().get("/api/needs").then().statusCode(200);
    }

    @Test
    void needWithoutEnterpriseIsRefused() {
        String body = need(unique("need"), "1", "2").replace("\"enterpriseId\":" + enterpriseId + ",", "");
        given().contentType(ContentType.JSON).body(body).when().post("/api/needs")
                .then().statusCode(400).body("errors.field", contains("enterpriseId"));
    }

    @Test
    void unknownScopeIsNamed() {
        String body = need(unique("need"), "1", "2").replace("\"LOCAL\"", "\"MARS\"");
        given().contentType(ContentType.JSON).body(body).when().post("/api/needs")
                .then().statusCode(400).body("errors[0].field", equalTo("preferredScope"));
    }

    @Test
    void titleTooLongIsRefused() {
        String body = need(unique("need"), "1", "2").replace("童鞋需做GB 30585全项检测", "长".repeat(301));
        given().contentType(ContentType.JSON).body(body).when().post("/api/needs")
                .then().statusCode(400).body("errors.field", contains("title"));
    }
}
