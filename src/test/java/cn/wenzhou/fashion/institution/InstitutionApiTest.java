package cn.wenzhou.fashion.institution;

import static cn.wenzhou.fashion.testsupport.Fixtures.create;
import static cn.wenzhou.fashion.testsupport.Fixtures.institution;
import static cn.wenzhou.fashion.testsupport.Fixtures.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

@QuarkusTest
// Not about access rules (security.* tests are): runs as an admin, who may do everything.
@TestSecurity(user = "test-admin", roles = "admin")
class InstitutionApiTest {

    @Test
    void createdInstitutionIsReadBackWithItsExternalId() {
        String externalId = unique("inst");
        long id = create("/api/institutions", institution(externalId, "温州鞋类检测中心"));

        given().when().get("/api/institutions/{id}", id)
                .then().statusCode(200)
                .body("externalId", equalTo(externalId))
                .body("name", equalTo("温州鞋类检测中心"))
                .body("type", equalTo("TESTING_LAB"))
                .body("capabilities[0].category", equalTo("TESTING_CERTIFICATION"))
                .body("location.district", equalTo("LUCHENG"))
                .body("version", equalTo(0))
                .body("createdAt", notNullValue());
    }

    @Test
    void createWithoutExternalIdGeneratesOne() {
        String body = institution("x", "无外部编号的机构").replace("\"externalId\":\"x\",", "");
        given().contentType(ContentType.JSON).body(body).when().post("/api/institutions")
                .then().statusCode(201).body("externalId", org.hamcrest.Matchers.startsWith("institution-"));
    }

    @Test
    void listFiltersByExternalId() {
        String externalId = unique("inst");
        create("/api/institutions", institution(externalId, "列表测试机构"));
        given().queryParam("externalId", externalId).when().get("/api/institutions")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items.externalId", contains(externalId));
    }

    @Test
    void updateWithCurrentVersionSucceedsAndStaleVersionConflicts() {
        String externalId = unique("inst");
        long id = create("/api/institutions", institution(externalId, "版本测试机构"));
        String renamed = institution(externalId, "改名后的机构").replace("\"settled\":true", "\"settled\":true,\"version\":0");

        given().contentType(ContentType.JSON).body(renamed).when().put("/api/institutions/{id}", id)
                .then().statusCode(200).body("name", equalTo("改名后的机构")).body("version", equalTo(1));
        given().contentType(ContentType.JSON).body(renamed).when().put("/api/institutions/{id}", id)
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("status", equalTo(409));
    }

    @Test
    void deleteRemovesTheInstitution() {
        long id = create("/api/institutions", institution(unique("inst"), "待删除机构"));
        given().when().delete("/api/institutions/{id}", id).then().statusCode(204);
        given().when().get("/api/institutions/{id}", id).then().statusCode(404)
                .contentType("application/problem+json").body("status", equalTo(404));
    }

    @Test
    void duplicateExternalIdIsRefused() {
        String externalId = unique("inst");
        create("/api/institutions", institution(externalId, "甲机构"));
        given().contentType(ContentType.JSON).body(institution(externalId, "乙机构")).when().post("/api/institutions")
                .then().statusCode(400).body("errors.field", hasItem("externalId"));
    }

    @Test
    void missingNameIsNamedInTheProblem() {
        String body = institution(unique("inst"), "");
        given().contentType(ContentType.JSON).body(body).when().post("/api/institutions")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("name"));
    }

    @Test
    void unknownEnumValueIsNamedInTheProblem() {
        String body = institution(unique("inst"), "枚举测试").replace("\"TESTING_LAB\"", "\"SPACESHIP\"");
        given().contentType(ContentType.JSON).body(body).when().post("/api/institutions")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("type"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("TESTING_LAB"));
    }

    @Test
    void invalidNestedFieldsAreNamedWithTheirPath() {
        String body = institution(unique("inst"), "嵌套字段测试")
                .replace("\"category\":\"TESTING_CERTIFICATION\",", "")
                .replace("\"country\":\"CN\"", "\"country\":\"China\"")
                .replace("lab@example.cn", "not-an-email");
        given().contentType(ContentType.JSON).body(body).when().post("/api/institutions")
                .then().statusCode(400)
                .body("errors.field", hasItem("capabilities[0].category"))
                .body("errors.field", hasItem("location.country"))
                .body("errors.field", hasItem("contact.email"));
    }

    @Test
    void emptyIndustriesAreRefused() {
        String body = institution(unique("inst"), "行业测试").replace("[\"FOOTWEAR\"]", "[]");
        given().contentType(ContentType.JSON).body(body).when().post("/api/institutions")
                .then().statusCode(400).body("errors.field", hasItem("industries"));
    }

    @Test
    void malformedJsonIsABadRequest() {
        given().contentType(ContentType.JSON).body("{\"name\": \"未闭合").when().post("/api/institutions")
                .then().statusCode(400).contentType("application/problem+json").body("status", equalTo(400));
    }

    @Test
    void missingBodyIsABadRequest() {
        given().contentType(ContentType.JSON).when().post("/api/institutions")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void oversizedBodyIsRefused() {
        String huge = institution(unique("inst"), "超大请求").replace("提供鞋类检测服务", "检".repeat(1_100_000));
        given().contentType(ContentType.JSON).body(huge).when().post("/api/institutions")
                .then().statusCode(413).contentType("application/problem+json");
    }

    @Test
    void unknownIdIsNotFound() {
        given().when().get("/api/institutions/{id}", 987654321).then().statusCode(404)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(institution(unique("inst"), "不存在")).when().put("/api/institutions/{id}", 987654321)
                .then().statusCode(404);
    }

    @Test
    void pageSizeOutsideItsRangeIsRefused() {
        given().queryParam("size", 1000).when().get("/api/institutions")
                .then().statusCode(400).body("errors.field", hasItem("size"));
    }
}
