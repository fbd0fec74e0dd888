package cn.wenzhou.fashion.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Starts a real Keycloak (the Maven Central distribution that the build unpacks into target/keycloak) with
 * the repository's realm (keycloak/realm-library.json) and a foreign realm for the issuer test, and points
 * the service's OIDC at it. Keycloak needs Java 21+: KEYCLOAK_JAVA_HOME, else the newest JDK 21+ under
 * /usr/lib/jvm. Its output goes to target/keycloak.log.
 */
public class KeycloakTestResource implements QuarkusTestResourceLifecycleManager {

    /** The realm URL the tests read to ask Keycloak for tokens. */
    public static final String REALM_URL = "library.test.oidc-server";
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(5);

    private Process keycloak;

    @Override
    public Map<String, String> start() {
        Path home = Path.of(System.getProperty("keycloak.home", "target/keycloak/keycloak-26.7.3")).toAbsolutePath();
        if (!Files.isExecutable(home.resolve("bin/kc.sh"))) {
            throw new IllegalStateException("No Keycloak at " + home + ": run the tests through ./mvnw verify, which unpacks it");
        }
        Path javaHome = javaHome();
        int httpPort = freePort();
        int managementPort = freePort();
        try {
            resetData(home);
            Path log = Path.of("target/keycloak.log").toAbsolutePath();
            var builder = new ProcessBuilder(home.resolve("bin/kc.sh").toString(), "start-dev",
                    "--http-host=127.0.0.1", "--http-port=" + httpPort, "--http-management-port=" + managementPort,
                    "--health-enabled=true", "--import-realm")
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().put("JAVA_HOME", javaHome.toString());
            builder.environment().put("PATH", javaHome.resolve("bin") + ":" + System.getenv("PATH"));
            keycloak = builder.start();
            awaitReady(managementPort, log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of(REALM_URL, "http://127.0.0.1:" + httpPort + "/realms/library");
    }

    @Override
    public void stop() {
        if (keycloak == null) {
            return;
        }
        keycloak.descendants().forEach(ProcessHandle::destroy);
        keycloak.destroy();
        try {
            if (!keycloak.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                keycloak.descendants().forEach(ProcessHandle::destroyForcibly);
                keycloak.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A fresh database, so that the realms are imported as the repository has them now. */
    private static void resetData(Path home) throws IOException {
        Path data = home.resolve("data");
        if (Files.exists(data)) {
            try (Stream<Path> files = Files.walk(data)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
        Path imports = Files.createDirectories(data.resolve("import"));
        Files.copy(Path.of("keycloak/realm-library.json"), imports.resolve("realm-library.json"), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(Path.of("src/test/resources/keycloak/realm-foreign.json"), imports.resolve("realm-foreign.json"),
                StandardCopyOption.REPLACE_EXISTING);
    }

    private void awaitReady(int managementPort, Path log) {
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!keycloak.isAlive()) {
                throw new IllegalStateException("Keycloak stopped while starting (exit " + keycloak.exitValue() + "); see " + log);
            }
            if (isReady(managementPort)) {
                return;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for Keycloak", e);
            }
        }
        stop();
        throw new IllegalStateException("Keycloak was not ready within " + READY_TIMEOUT + "; see " + log);
    }

    private static boolean isReady(int managementPort) {
        try {
            var connection = (HttpURLConnection) URI.create("http://127.0.0.1:" + managementPort + "/health/ready").toURL().openConnection();
            connection.setConnectTimeout(1000);
            connection.setReadTimeout(2000);
            return connection.getResponseCode() == 200;
        } catch (IOException notYet) {
            return false;
        }
    }

    /** KEYCLOAK_JAVA_HOME, or the newest JDK 21+ under /usr/lib/jvm (Keycloak 26 does not run on Java 17). */
    static Path javaHome() {
        String configured = System.getenv("KEYCLOAK_JAVA_HOME");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        Path jvms = Path.of("/usr/lib/jvm");
        if (Files.isDirectory(jvms)) {
            try (Stream<Path> candidates = Files.list(jvms)) {
                Optional<Path> newest = candidates
                        .filter(jdk -> Files.isExecutable(jdk.resolve("bin/java")) && !Files.isSymbolicLink(jdk))
                        .filter(jdk -> majorVersion(jdk) >= 21)
                        .max(Comparator.comparingInt(KeycloakTestResource::majorVersion));
                if (newest.isPresent()) {
                    return newest.get();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        throw new IllegalStateException("Keycloak needs Java 21 or newer: set KEYCLOAK_JAVA_HOME or install a JDK 21+ under /usr/lib/jvm");
    }

    /** The major version from a JDK's release file (JAVA_VERSION="25.0.3"), 0 if unknown. */
    private static int majorVersion(Path jdk) {
        try {
            return Files.readAllLines(jdk.resolve("release")).stream()
                    .filter(line -> line.startsWith("JAVA_VERSION="))
                    .map(line -> line.substring("JAVA_VERSION=".length()).replace("\"", "").split("[.+-]")[0])
                    .mapToInt(Integer::parseInt)
                    .findFirst().orElse(0);
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
