package cn.wenzhou.fashion.security;

import static cn.wenzhou.fashion.testsupport.Fixtures.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import cn.wenzhou.fashion.domain.CreditCodes;
import cn.wenzhou.fashion.domain.Roles;
import cn.wenzhou.fashion.testsupport.ImportJobs;
import cn.wenzhou.fashion.testsupport.Fixtures;
import cn.wenzhou.fashion.testsupport.RealKeycloak;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * The service against a real Keycloak 26 with the repository's realm: users sign in with the password grant of
 * the browser client and call the API with the access token Keycloak gives them.
 */
@QuarkusTest
@Tag("keycloak")
@TestProfile(RealKeycloak.class)
class KeycloakEndToEndTest {

    private static String realmUrl() {
        return RealKeycloak.realmUrl();
    }

    private static String signIn(String realmUrl, String client, String user) {
        return RealKeycloak.accessToken(realmUrl, client, user);
    }

    private static String signIn(String user) {
        return RealKeycloak.accessToken(user);
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token);
    }

    private static String enterprise() {
        return Fixtures.asUserSends(Fixtures.enterprise(unique("ent"), CreditCodes.withCheckCharacter("91330381MA2JD4R67")))
                .replace("\"description\":\"生产男士皮鞋\"", "\"description\":\"生产男士皮鞋\",\"contact\":{\"phone\":\"0577-12345678\"}");
    }

    private static String need(long enterpriseId) {
        return """
                {"enterpriseId":%d,"title":"运动鞋底轻量化","industries":["FOOTWEAR"],"categories":["MATERIAL_RD"]}
                """.formatted(enterpriseId);
    }

    private static long create(String token, String path, String body) {
        return as(token).contentType(ContentType.JSON).body(body).when().post(path)
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void allowedCallsSucceed() {
        String entA = signIn("ent-a");
        as(entA).when().get("/api/me").then().statusCode(200)
                .body("name", equalTo("ent-a")).body("subject", notNullValue()).body("roles", contains(Roles.ENTERPRISE));
        long enterpriseId = create(entA, "/api/enterprises", enterprise());
        long needId = create(entA, "/api/needs", need(enterpriseId));
        as(entA).when().get("/api/enterprises/{id}", enterpriseId).then().statusCode(200).body("contact.phone", equalTo("0577-12345678"));
        // How a new person gets a kind: the realm's role alone opens no needs; a profile whose owner the bureau approved does.
        String instA = signIn("inst-a");
        as(instA).when().get("/api/needs/{id}", needId).then().statusCode(403);
        long lab = create(instA, "/api/institutions", Fixtures.asUserSends(Fixtures.institution(unique("inst"), "新注册的检测实验室")));
        as(instA).when().get("/api/me").then().statusCode(200).body("kinds", empty());
        as(signIn("admin")).contentType(ContentType.JSON).body("{\"reason\":\"资质核验\"}").when().post("/api/institutions/{id}/approval", lab)
                .then().statusCode(200);
        as(instA).when().get("/api/me").then().statusCode(200).body("kinds", contains(Roles.INSTITUTION));
        as(instA).when().get("/api/needs/{id}", needId).then().statusCode(200).body("title", equalTo("运动鞋底轻量化"));
        as(signIn("designer-a")).when().get("/api/me").then().statusCode(200).body("roles", contains(Roles.DESIGNER));
        String admin = signIn("admin");
        ImportJobs.finished(() -> as(admin), "{\"kind\":\"designer\",\"externalId\":\"" + unique("des") + "\",\"name\":\"导入设计师\",\"industries\":[\"APPAREL\"],"
                + "\"location\":{\"country\":\"CN\",\"city\":\"温州市\",\"district\":\"OUHAI\"}}\n").body("created", equalTo(1));
        given().when().get("/api/enterprises/{id}", enterpriseId).then().statusCode(200).body("contact", nullValue());
    }

    @Test
    void aWrongRoleIsForbidden() {
        as(signIn("ent-a")).when().post("/api/admin/reindex").then().statusCode(403).contentType("application/problem+json");
        as(signIn("designer-a")).contentType(ContentType.JSON).body(Fixtures.institution(unique("inst"), "设计师建机构"))
                .when().post("/api/institutions").then().statusCode(403);
    }

    @Test
    void anotherOwnersRecordIsForbidden() {
        String entA = signIn("ent-a");
        String entB = signIn("ent-b");
        long enterpriseId = create(entA, "/api/enterprises", enterprise());
        long needId = create(entA, "/api/needs", need(enterpriseId));
        as(entB).contentType(ContentType.JSON).body(enterprise()).when().put("/api/enterprises/{id}", enterpriseId)
                .then().statusCode(403).contentType("application/problem+json");
        as(entB).when().delete("/api/needs/{id}", needId).then().statusCode(403);
        as(entB).when().get("/api/enterprises/{id}", enterpriseId).then().statusCode(200).body("contact", nullValue());
        as(signIn("admin")).when().delete("/api/needs/{id}", needId).then().statusCode(204);
    }

    /** The attack of step 7, replayed: squatting a firm, marking oneself a voucher provider, an admin dealing with itself. */
    @Test
    void nobodyTakesOverAFirmOrDealsWithThemselves() {
        String admin = signIn("admin");
        String entB = signIn("ent-b");
        String creditCode = CreditCodes.withCheckCharacter("91330381MA2JD4R67");
        long enterpriseId = create(admin, "/api/enterprises", enterprise());
        long needId = create(admin, "/api/needs", need(enterpriseId));
        long institutionId = create(admin, "/api/institutions", Fixtures.institution(unique("inst"), "局里登记的实验室"));
        given().queryParam("size", 100).when().get("/api/enterprises").then().statusCode(200)
                .body("items.ownerId", not(hasItem(notNullValue())));

        String claim = """
                {"creditCode":"%s","evidenceReference":"营业执照","authorisationReference":"授权委托书",
                 "contact":{"person":"乙","phone":"13800002222"}}""".formatted(creditCode);
        long claimId = as(entB).contentType(ContentType.JSON).body(claim).when().post("/api/enterprises/{id}/claim", enterpriseId)
                .then().statusCode(201).body("status", equalTo("PENDING")).extract().jsonPath().getLong("id");
        as(entB).when().get("/api/me").then().statusCode(200).body("profiles", empty());
        as(admin).contentType(ContentType.JSON).body(claim).when().post("/api/enterprises/{id}/claim", enterpriseId).then().statusCode(403);
        as(admin).contentType(ContentType.JSON).body("""
                {"needId":%d,"partnerKind":"institution","partnerId":%d}""".formatted(needId, institutionId))
                .when().post("/api/cooperations").then().statusCode(403);
        as(signIn("inst-a")).contentType(ContentType.JSON)
                .body(Fixtures.asUserSends(Fixtures.institution(unique("inst"), "自称登记的实验室")).replace("\"voucherProvider\":false", "\"voucherProvider\":true"))
                .when().post("/api/institutions").then().statusCode(403);

        as(admin).contentType(ContentType.JSON).body("{\"reason\":\"电话核实\"}").when().post("/api/claims/{id}/approve", claimId)
                .then().statusCode(200).body("status", equalTo("APPROVED"));
        as(entB).when().get("/api/me").then().statusCode(200).body("profiles.id", contains((int) enterpriseId));
    }

    @Test
    void aMissingTokenIsUnauthorized() {
        given().when().get("/api/me").then().statusCode(401).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(enterprise()).when().post("/api/enterprises").then().statusCode(401);
    }

    @Test
    void anExpiredTokenIsUnauthorized() throws InterruptedException {
        // The test client's tokens live one second: ask until the service refuses it, for at most ten.
        String token = signIn(realmUrl(), "library-e2e-short-lived", "ent-a");
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        int status = as(token).when().get("/api/me").then().extract().statusCode();
        while (status != 401 && System.nanoTime() < deadline) {
            Thread.sleep(100);
            status = as(token).when().get("/api/me").then().extract().statusCode();
        }
        assertThat(status).isEqualTo(401);
        as(token).when().get("/api/me").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void aTamperedTokenIsUnauthorized() {
        String[] parts = signIn("ent-a").split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"enterprise\"", "\"admin\"");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8))
                + "." + parts[2];
        as(tampered).when().post("/api/admin/reindex").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void aTokenOfAnotherIssuerIsUnauthorized() {
        String foreignRealm = realmUrl().replace("/realms/library", "/realms/foreign");
        String token = signIn(foreignRealm, "library-web", "intruder");
        as(token).when().post("/api/admin/reindex").then().statusCode(401).contentType("application/problem+json");
    }
}
