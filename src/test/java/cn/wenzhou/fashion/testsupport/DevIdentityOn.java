package cn.wenzhou.fashion.testsupport;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * Dev mode's identity without Keycloak (security.DevIdentity): a request without a token acts as the dev admin. For
 * tests of it, and for browser tests, which cannot carry {@code @TestSecurity}.
 */
public class DevIdentityOn implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("library.security.dev-identity.enabled", "true");
    }
}
