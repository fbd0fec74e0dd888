package cn.wenzhou.fashion.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.net.URL;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/**
 * The production configuration refuses every write without a token. The test profile checks tokens exactly as
 * production does (only the sign-in server differs), which the first test pins; the others try each write.
 */
@QuarkusTest
class AnonymousWritesTest {

    @Test
    void productionChecksTokensAndHasNoDevIdentity() throws IOException {
        URL properties = getClass().getClassLoader().getResource("application.properties");
        SmallRyeConfig prod = new SmallRyeConfigBuilder()
                .withProfile("prod")
                .withSources(new PropertiesConfigSource(properties))
                .withDefaultValue("OIDC_AUTH_SERVER_URL", "https://sso.example.cn/realms/library")
                .build();
        assertThat(prod.getOptionalValue("library.security.dev-identity.enabled", Boolean.class)).isEmpty();
        assertThat(prod.getOptionalValue("quarkus.oidc.tenant-enabled", Boolean.class)).isEmpty();
        assertThat(prod.getValue("quarkus.oidc.token.audience", String.class)).isEqualTo("library-api");
        assertThat(prod.getOptionalValue("quarkus.oidc.credentials.secret", String.class)).isEmpty();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "POST, /api/institutions", "PUT, /api/institutions/1", "DELETE, /api/institutions/1",
            "POST, /api/designers", "PUT, /api/designers/1", "DELETE, /api/designers/1",
            "POST, /api/enterprises", "PUT, /api/enterprises/1", "DELETE, /api/enterprises/1",
            "POST, /api/needs", "PUT, /api/needs/1", "DELETE, /api/needs/1",
            "POST, /api/institutions/1/claim", "PUT, /api/institutions/1/owner",
            "POST, /api/designers/1/claim", "PUT, /api/designers/1/owner",
            "POST, /api/enterprises/1/claim", "PUT, /api/enterprises/1/owner", "POST, /api/enterprises/1/verification",
            "POST, /api/claims/1/approve", "POST, /api/claims/1/reject",
            "POST, /api/import", "POST, /api/admin/reindex",
            "POST, /api/cooperations", "POST, /api/cooperations/1/accept", "POST, /api/cooperations/1/decline",
            "POST, /api/cooperations/1/agreement", "POST, /api/cooperations/1/start", "POST, /api/cooperations/1/complete",
            "POST, /api/cooperations/1/rating", "POST, /api/cooperations/1/cancel", "POST, /api/cooperations/1/agreement/confirmation",
            "POST, /api/cooperations/1/resolution",
            "POST, /api/vouchers", "POST, /api/vouchers/1/approve", "POST, /api/vouchers/1/reject", "POST, /api/vouchers/1/redeem",
            "POST, /api/vouchers/1/confirm", "POST, /api/vouchers/1/pay"})
    void anonymousWriteIsRefused(String method, String path) {
        given().contentType(path.endsWith("import") ? ContentType.TEXT : ContentType.JSON).body(path.endsWith("import") ? "\n" : "{}")
                .when().request(method, path)
                .then().statusCode(401).contentType("application/problem+json").body("status", equalTo(401));
    }
}
