package cn.wenzhou.fashion.testsupport;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The tests' real SMTP server (GreenMail in the test JVM), on the port {@code %test.quarkus.mailer.port} gives the
 * mailer: 3025, below the ports the system hands out for port 0 (32768-60999 on Linux), which is where the embedded
 * Elasticsearch and Keycloak get theirs. The earlier 38025 lay in that range, and once an Elasticsearch node had
 * taken it, the mail tests could not start.
 */
public final class TestSmtp {

    private TestSmtp() {
    }

    /** The server for a test class, started before its first test and stopped after its last. */
    public static GreenMailExtension server() {
        return new GreenMailExtension(new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP)).withPerMethodLifecycle(false);
    }
}
