package cn.wenzhou.fashion.testsupport;

import static io.restassured.RestAssured.given;

import java.util.List;

import org.eclipse.microprofile.config.ConfigProvider;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.restassured.http.ContentType;

/**
 * The profile of every test against the real Keycloak ({@link KeycloakTestResource}): test classes that share it
 * share one service and one Keycloak, which Quarkus starts once for them (it runs classes of a profile together).
 */
public class RealKeycloak implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(KeycloakTestResource.class));
    }

    /** The library realm of the running Keycloak. */
    public static String realmUrl() {
        return ConfigProvider.getConfig().getValue(KeycloakTestResource.REALM_URL, String.class);
    }

    /** An access token of a user of the realm, as the web client gets it (users' passwords are "<name>-dev"). */
    public static String accessToken(String realmUrl, String client, String user) {
        return given().contentType(ContentType.URLENC)
                .formParam("grant_type", "password").formParam("client_id", client)
                .formParam("username", user).formParam("password", user + "-dev")
                .when().post(realmUrl + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    /** An access token of a user of the library realm, from the web client. */
    public static String accessToken(String user) {
        return accessToken(realmUrl(), "library-web", user);
    }
}
