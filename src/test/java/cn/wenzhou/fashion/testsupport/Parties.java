package cn.wenzhou.fashion.testsupport;

import static cn.wenzhou.fashion.testsupport.Fixtures.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * An enterprise with a need, and a partner, each created through the API by its own signed-in user (who
 * owns it); requests made as one of them, as an admin or as a stranger, with tokens of the test OIDC server.
 */
public record Parties(long enterpriseId, long needId, String partnerKind, long partnerId, String enterpriseUser, String partnerUser) {

    public static final String ADMIN_USER = "bureau-admin";
    /** The second pair of eyes: approves payouts of vouchers that {@link #ADMIN_USER} approved. */
    public static final String SECOND_ADMIN_USER = "bureau-admin-2";

    /** An enterprise with an open need about {@code topic}, and a voucher-provider testing lab offering TESTING_CERTIFICATION. */
    public static Parties withInstitution(String topic) {
        return with(topic, "institution", Fixtures.institution(unique("inst"), topic + "检测实验室"));
    }

    /**
     * As {@link #withInstitution(String)}, the enterprise and the institution owned by the users named: tests of pages
     * act as one of them through {@code @TestSecurity}, which names its user.
     */
    public static Parties withInstitution(String topic, String enterpriseUser, String institutionUser) {
        return with(topic, enterpriseUser).withPartner("institution", Fixtures.institution(unique("inst"), topic + "检测实验室"), institutionUser);
    }

    public static Parties with(String topic, String partnerKind, String partnerBody) {
        return with(topic, unique("ent-user")).withPartner(partnerKind, partnerBody);
    }

    /** As {@link #withInstitution(String)}, the enterprise in {@code district} (a district's code). */
    public static Parties withInstitutionIn(String district, String topic) {
        return enterpriseIn(topic, unique("ent-user"), district).withPartner("institution", Fixtures.institution(unique("inst"), topic + "检测实验室"));
    }

    private static Parties with(String topic, String enterpriseUser) {
        return enterpriseIn(topic, enterpriseUser, "OUHAI");
    }

    /** The enterprise of {@code enterpriseUser} in the district, with its need, no partner yet. */
    private static Parties enterpriseIn(String topic, String enterpriseUser, String district) {
        String enterpriseToken = Tokens.of(enterpriseUser, "enterprise");
        long enterprise = createAs(enterpriseToken, "/api/enterprises", """
                {"name":"温州合作测试鞋业有限公司","creditCode":"%s","industries":["FOOTWEAR"],"district":"%s",
                 "size":"SMALL","description":"生产男士皮鞋","contact":{"person":"李总","phone":"0577-11112222","email":"li@example.cn"}}
                """.formatted(Fixtures.uniqueCreditCode(), district));
        long need = createAs(enterpriseToken, "/api/needs", """
                {"enterpriseId":%d,"title":"%s鞋底防滑检测","description":"需要检测%s的防滑性能","industries":["FOOTWEAR"],
                 "categories":["TESTING_CERTIFICATION"],"useVoucher":true}
                """.formatted(enterprise, topic, topic));
        approveOwner("/api/enterprises", enterprise);
        return new Parties(enterprise, need, null, 0, enterpriseUser, null);
    }

    /**
     * The same enterprise and need with another partner, created by its own user; the registry marks of the body
     * (voucher provider, settled, voucher-eligible capabilities) are then set by an admin, as the bureau keeps them.
     */
    public Parties withPartner(String kind, String partnerBody) {
        return withPartner(kind, partnerBody, unique(kind + "-user"));
    }

    private Parties withPartner(String kind, String partnerBody, String user) {
        String path = "/api/" + kind + "s";
        String unmarked = Fixtures.asUserSends(partnerBody);
        long partner = createAs(Tokens.of(user, kind), path, unmarked);
        if (!unmarked.equals(partnerBody)) {
            asAdmin().body(partnerBody).when().put(path + "/{id}", partner).then().statusCode(200);
        }
        approveOwner(path, partner);
        return new Parties(enterpriseId, needId, kind, partner, enterpriseUser, user);
    }

    /** Another need of the same enterprise, posted by its owner. */
    public Parties withNeed(String needBody) {
        return new Parties(enterpriseId, createAs(Tokens.of(enterpriseUser, "enterprise"), "/api/needs", needBody), partnerKind,
                partnerId, enterpriseUser, partnerUser);
    }

    public RequestSpecification asEnterprise() {
        return as(Tokens.of(enterpriseUser, "enterprise"));
    }

    public RequestSpecification asPartner() {
        return as(Tokens.of(partnerUser, partnerKind));
    }

    public static RequestSpecification asAdmin() {
        return as(Tokens.of(ADMIN_USER, "admin"));
    }

    public static RequestSpecification asSecondAdmin() {
        return as(Tokens.of(SECOND_ADMIN_USER, "admin"));
    }

    /** The parties, once an admin verified the enterprise's credit code (vouchers need it). */
    public Parties verified() {
        asAdmin().when().post("/api/enterprises/{id}/verification", enterpriseId).then().statusCode(200).body("creditCodeVerified", equalTo(true));
        return this;
    }

    /** A signed-in enterprise user who owns nothing of these parties, nor any approved profile: no kind granted. */
    public static RequestSpecification asStranger() {
        return as(Tokens.of(unique("stranger"), "enterprise"));
    }

    /** A user with a granted kind (an approved enterprise of their own) who is no party of these parties. */
    public static RequestSpecification asApprovedStranger() {
        String user = unique("approved-stranger");
        String token = Tokens.of(user, "enterprise");
        long enterprise = createAs(token, "/api/enterprises", """
                {"name":"温州旁观鞋业","industries":["FOOTWEAR"],"district":"LUCHENG"}""");
        approveOwner("/api/enterprises", enterprise);
        return as(token);
    }

    /** The enterprise {@code name} in Ouhai registered by the user of {@code token}, whom an admin approved as its owner. */
    public static long approvedEnterpriseOf(String token, String name) {
        long id = createAs(token, "/api/enterprises", """
                {"name":"%s","industries":["FOOTWEAR"],"district":"OUHAI"}""".formatted(name));
        approveOwner("/api/enterprises", id);
        return id;
    }

    /** An admin approves the owner of a profile they registered: it grants them its kind. */
    private static void approveOwner(String path, long profile) {
        asAdmin().body("{}").when().post(path + "/{id}/approval", profile).then().statusCode(200).body("ownerApproved", equalTo(true));
    }

    public static RequestSpecification as(String token) {
        return given().contentType(ContentType.JSON).auth().oauth2(token);
    }

    private static long createAs(String token, String path, String body) {
        return as(token).body(body).when().post(path).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** Requests cooperation on the need with the partner; returns the cooperation's id. */
    public long request() {
        return asEnterprise().body("""
                {"needId":%d,"partnerKind":"%s","partnerId":%d,"message":"希望合作"}
                """.formatted(needId, partnerKind, partnerId))
                .when().post("/api/cooperations").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** Terms as the enterprise proposes them. */
    public static final String TERMS = "{\"type\":\"JOINT_PROJECT\",\"terms\":\"检测服务\",\"startDate\":\"2025-03-01\",\"endDate\":\"2025-12-31\"}";

    /** The partner accepts the requested cooperation, the enterprise proposes terms and the partner confirms them: AGREED. */
    public void agree(long cooperation) {
        asPartner().body("{}").when().post("/api/cooperations/{id}/accept", cooperation).then().statusCode(200);
        int version = asEnterprise().body(TERMS).when().post("/api/cooperations/{id}/agreement", cooperation).then().statusCode(200)
                .body("status", equalTo("ACCEPTED")).extract().path("termsVersion");
        asPartner().body("{\"termsVersion\":" + version + "}").when().post("/api/cooperations/{id}/agreement/confirmation", cooperation)
                .then().statusCode(200).body("status", equalTo("AGREED"));
    }

    /** The agreed cooperation starts, and both sides confirm its completion: the enterprise rates the partner {@code rating}. */
    public void complete(long cooperation, int rating) {
        asEnterprise().body("{}").when().post("/api/cooperations/{id}/start", cooperation).then().statusCode(200);
        asEnterprise().body("{\"rating\":" + rating + "}").when().post("/api/cooperations/{id}/complete", cooperation).then().statusCode(200)
                .body("status", equalTo("IN_PROGRESS"));
        asPartner().body("{\"rating\":5}").when().post("/api/cooperations/{id}/complete", cooperation).then().statusCode(200)
                .body("status", equalTo("COMPLETED"));
    }
}
