package cn.wenzhou.fashion.security;

import static io.restassured.RestAssured.given;
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
class DevIdentityTest {

    public static class DevIdentityOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("library.security.dev-identity.enabled", "true");
        }
    }

    @Test
    void requestWithoutTokenActsAsTheDevAdmin() {
        given().when().get("/api/me").then().statusCode(200)
                .body("name", equalTo(DevIdentity.NAME))
                .body("roles", hasItem(Roles.ADMIN));
    }
}
