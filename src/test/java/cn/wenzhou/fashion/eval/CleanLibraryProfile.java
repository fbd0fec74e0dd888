package cn.wenzhou.fashion.eval;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * A service of its own, started on an empty database and empty indexes (as every test start is), so that
 * relevance is measured on the judged corpus alone, not on what other tests created.
 */
public class CleanLibraryProfile implements QuarkusTestProfile {

    /** The run's own profile (test, or test,postgresql in the PostgreSQL run), not a fixed one. */
    @Override
    public String getConfigProfile() {
        return System.getProperty("quarkus.test.profile", "test");
    }
}
