package cn.wenzhou.fashion.enterprise;

import static cn.wenzhou.fashion.testsupport.Fixtures.create;
import static cn.wenzhou.fashion.testsupport.Fixtures.enterprise;
import static cn.wenzhou.fashion.testsupport.Fixtures.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;

import cn.wenzhou.fashion.domain.CreditCodes;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

@QuarkusTest
// Not about access rules (security.* tests are): runs as an admin, who may do everything.
@TestSecurity(user = "test-admin", roles = "admin")
class EnterpriseApiTest {

    static final String VALID_CODE = CreditCodes.withCheckCharacter("91330304MA2867PL3");

    @Test
    void enterpriseWithValidCreditCodeIsCreated() {
        long id = create("/api/enterprises", enterprise(unique("ent"), VALID_CODE));
        given().when().get("/api/enterprises/{id}", id).then().statusCode(200)
                .body("creditCode", equalTo(VALID_CODE))
                .body("district", equalTo("OUHAI"));
    }

    @Test
    void creditCodeWithWrongCheckCharacterIsRefused() {
        char wrong = VALID_CODE.charAt(17) == '0' ? '1' : '0';
        String code = VALID_CODE.substring(0, 17) + wrong;
        given().contentType(ContentType.JSON).body(enterprise(unique("ent"), code)).when().post("/api/enterprises")
                .then().statusCode(400).body("errors.field", hasItem("creditCode"));
    }

    @Test
    void creditCodeWithForbiddenLetterIsRefused() {
        String code = VALID_CODE.substring(0, 10) + "I" + VALID_CODE.substring(11);
        given().contentType(ContentType.JSON).body(enterprise(unique("ent"), code)).when().post("/api/enterprises")
                .then().statusCode(400).body("errors.field", hasItem("creditCode"));
    }

    @Test
    void unknownDistrictIsNamed() {
        String body = enterprise(unique("ent"), VALID_CODE).replace("\"OUHAI\"", "\"HANGZHOU\"");
        given().contentType(ContentType.JSON).body(body).when().post("/api/enterprises")
                .then().statusCode(400).body("errors[0].field", equalTo("district"));
    }

    @Test
    void enterpriseWithNeedsCannotBeDeleted() {
        String externalId = unique("ent");
        long id = create("/api/enterprises", enterprise(externalId, VALID_CODE));
        create("/api/needs", """
                {"enterpriseId":%d,"title":"皮鞋开胶问题","industries":["FOOTWEAR"],"categories":["PROCESS_TECH"]}
                """.formatted(id));
        given().when().delete("/api/enterprises/{id}", id).then().statusCode(409)
                .contentType("application/problem+json");
        given().when().get("/api/enterprises/{id}", id).then().statusCode(200);
    }
}
