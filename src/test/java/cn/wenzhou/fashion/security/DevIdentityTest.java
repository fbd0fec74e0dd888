package cn.wenzhou.fashion.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.wenzhou.fashion.domain.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** Dev mode's identity without Keycloak: a request without a token acts as the dev admin. */
@QuarkusTest
@TestProfile(DevIdentityTest.DevIdentityOn.class)
public class DevIdentityTest {

    public static class DevIdentityOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("library.security.dev-identity.enabled", "true");
        }
    }

    @Test
    void aHeaderActsAsOneOfTheRealmsDemoUsers() {
        given().header(DevIdentity.HEADER, "ent-a").when().get("/api/me").then().statusCode(200)
                .body("subject", equalTo("ent-a")).body("roles", contains(Roles.ENTERPRISE));
        given().header(DevIdentity.HEADER, "admin-b").when().get("/api/me").then().statusCode(200)
                .body("subject", equalTo("admin-b")).body("roles", contains(Roles.ADMIN));
        given().header(DevIdentity.HEADER, "ent-a").when().post("/api/admin/reindex").then().statusCode(403);
        given().header(DevIdentity.HEADER, "mallory").when().get("/api/me").then().statusCode(401);
    }

    @Test
    void requestWithoutTokenActsAsTheDevAdmin() {
        given().when().get("/api/me").then().statusCode(200)
                .body("name", equalTo(DevIdentity.NAME))
                .body("roles", hasItem(Roles.ADMIN));
    }
}
