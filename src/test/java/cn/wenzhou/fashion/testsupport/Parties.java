package cn.wenzhou.fashion.testsupport;

import static cn.wenzhou.fashion.testsupport.Fixtures.create;
import static cn.wenzhou.fashion.testsupport.Fixtures.unique;
import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * An enterprise with a need, and a partner, created through the API; requests made as one of them (or as an
 * admin, or a stranger) through the actor headers that stand in for single sign-on.
 */
public record Parties(long enterpriseId, long needId, String partnerKind, long partnerId) {

    /** An enterprise with an open need about {@code topic}, and a voucher-provider testing lab offering TESTING_CERTIFICATION. */
    public static Parties withInstitution(String topic) {
        return with(topic, "institution", Fixtures.institution(unique("inst"), topic + "检测实验室"));
    }

    public static Parties with(String topic, String partnerKind, String partnerBody) {
        long enterprise = create("/api/enterprises", """
                {"externalId":"%s","name":"温州合作测试鞋业有限公司","industries":["FOOTWEAR"],"district":"OUHAI","size":"SMALL",
                 "description":"生产男士皮鞋","contact":{"person":"李总","phone":"0577-11112222","email":"li@example.cn"}}
                """.formatted(unique("ent")));
        long need = create("/api/needs", """
                {"enterpriseId":%d,"title":"%s鞋底防滑检测","description":"需要检测%s的防滑性能","industries":["FOOTWEAR"],
                 "categories":["TESTING_CERTIFICATION"],"useVoucher":true}
                """.formatted(enterprise, topic, topic));
        long partner = create("/api/" + partnerKind + "s", partnerBody);
        return new Parties(enterprise, need, partnerKind, partner);
    }

    public RequestSpecification asEnterprise() {
        return as("enterprise", "enterprise:" + enterpriseId);
    }

    public RequestSpecification asPartner() {
        return as(partnerKind, partnerKind + ":" + partnerId);
    }

    public static RequestSpecification asAdmin() {
        return as("admin", "");
    }

    public static RequestSpecification asStranger() {
        return as("enterprise", "enterprise:999999");
    }

    public static RequestSpecification as(String roles, String profiles) {
        return given().contentType(ContentType.JSON).header("X-Actor-Id", "user-" + roles + "-" + profiles)
                .header("X-Actor-Roles", roles).header("X-Actor-Profiles", profiles);
    }

    /** Requests cooperation on the need with the partner; returns the cooperation's id. */
    public long request() {
        return asEnterprise().body("""
                {"needId":%d,"partnerKind":"%s","partnerId":%d,"message":"希望合作"}
                """.formatted(needId, partnerKind, partnerId))
                .when().post("/api/cooperations").then().statusCode(201).extract().jsonPath().getLong("id");
    }
}
