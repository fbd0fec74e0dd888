package cn.wenzhou.fashion.testsupport;

import io.quarkus.test.common.RestAssuredURLManager;

/**
 * HTTP requests from a non-static {@code @BeforeAll} method, with which a {@code @TestInstance(PER_CLASS)}
 * {@code @QuarkusTest} writes its own data once. Quarkus points RestAssured at the running application only around
 * each test method (and applies {@code @TestSecurity} only there), so this points it there for the duration of the
 * requests; they must carry their own credentials, such as {@link Parties#asAdmin()}.
 */
public final class BeforeAllRequests {

    private BeforeAllRequests() {
    }

    public static void run(Runnable requests) {
        RestAssuredURLManager.setURL(false);
        try {
            requests.run();
        } finally {
            RestAssuredURLManager.clearURL();
        }
    }
}
