package cn.wenzhou.fashion.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;

import cn.wenzhou.fashion.domain.Roles;
import cn.wenzhou.fashion.testsupport.DevIdentityOn;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** Dev mode's identity without Keycloak: a request without a token acts as the dev admin. */
@QuarkusTest
@TestProfile(DevIdentityOn.class)
class DevIdentityTest {

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
