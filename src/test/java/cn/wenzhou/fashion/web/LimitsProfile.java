package cn.wenzhou.fashion.web;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** A service with limits that a test reaches in a few requests: a 64 kB import. */
public class LimitsProfile implements QuarkusTestProfile {

    static final int IMPORT_BYTES = 65_536;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("library.import.max-body-bytes", String.valueOf(IMPORT_BYTES));
    }

    /** The run's own profile (test, or test,postgresql in the PostgreSQL run), not a fixed one. */
    @Override
    public String getConfigProfile() {
        return System.getProperty("quarkus.test.profile", "test");
    }
}
