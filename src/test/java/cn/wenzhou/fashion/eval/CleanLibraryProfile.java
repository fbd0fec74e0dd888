package cn.wenzhou.fashion.eval;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * Starts the service on an empty database and empty indexes, so that relevance is measured on the judged
 * corpus alone, not on what other tests created.
 */
public class CleanLibraryProfile implements QuarkusTestProfile {

    /** The run's own profile (test, or test,postgresql in the PostgreSQL run), not a fixed one. */
    @Override
    public String getConfigProfile() {
        return System.getProperty("quarkus.test.profile", "test");
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.flyway.clean-at-start", "true", "quarkus.flyway.clean-disabled", "false");
    }
}
