package cn.wenzhou.fashion.dev.elasticsearch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.jboss.logging.Logger;

/**
 * A local single-node Elasticsearch for dev mode and tests, started from the distribution that the build
 * unpacks from Maven Central ({@code org.elasticsearch.distribution.integ-test-zip:elasticsearch}) under
 * {@code target/elasticsearch}. Each node keeps its configuration, data and logs in its own directory;
 * Elasticsearch refuses to run as root, so under root it runs as the system user {@value #OS_USER}.
 * Production never uses this class.
 */
public final class EmbeddedElasticsearch {

    public static final String OS_USER = "elasticsearch";
    private static final Logger LOG = Logger.getLogger(EmbeddedElasticsearch.class);
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(180);
    /** Where nodes run when started by root: readable by {@value #OS_USER} wherever the project is. */
    private static final Path RUNTIME_BASE = Path.of("/tmp/fashion-library-elasticsearch");

    private final Path nodeDir;
    private final int port;

    private EmbeddedElasticsearch(Path nodeDir, int port) {
        this.nodeDir = nodeDir;
        this.port = port;
    }

    public int port() {
        return port;
    }

    public String hostAndPort() {
        return "127.0.0.1:" + port;
    }

    /**
     * Starts a node in {@code nodeDir} on {@code port} (0 for a free port), or reuses the node that an
     * earlier, hard-killed run left running there, and waits until it is healthy.
     */
    public static EmbeddedElasticsearch start(Path home, Path nodeDir, int port) {
        try {
            if (isRoot()) {
                // The project may sit where the Elasticsearch user cannot even traverse (under /root, say).
                ensureOsUser();
                home = reachableCopy(home);
                nodeDir = RUNTIME_BASE.resolve("nodes").resolve(Integer.toHexString(nodeDir.toAbsolutePath().hashCode()));
            }
            Optional<EmbeddedElasticsearch> running = findRunning(nodeDir);
            if (running.isPresent()) {
                LOG.infof("Reusing the Elasticsearch node already running on port %d", running.get().port);
                return running.get();
            }
            int chosenPort = port > 0 ? port : freePort();
            var node = new EmbeddedElasticsearch(nodeDir, chosenPort);
            node.prepare(home);
            node.launch(home);
            return node;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded Elasticsearch", e);
        }
    }

    /** The unpacked distribution: the {@code elasticsearch.home} system property or the build's default place. */
    public static Path distributionHome(Path projectDir) {
        String configured = System.getProperty("elasticsearch.home");
        if (configured != null) {
            return Path.of(configured);
        }
        Path unpacked = projectDir.resolve("target/elasticsearch");
        try (Stream<Path> dirs = Files.list(unpacked)) {
            return dirs.filter(d -> d.getFileName().toString().startsWith("elasticsearch-")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no Elasticsearch distribution in " + unpacked));
        } catch (IOException e) {
            throw new IllegalStateException("no Elasticsearch distribution in " + unpacked
                    + ": run the build once (./mvnw initialize) to fetch it from Maven Central", e);
        }
    }

    /** Stops the node and waits for its process to end. */
    public void stop() {
        readPid(nodeDir).flatMap(ProcessHandle::of).ifPresent(process -> {
            process.destroy();
            process.onExit().orTimeout(30, java.util.concurrent.TimeUnit.SECONDS)
                    .exceptionally(e -> {
                        process.destroyForcibly();
                        return process;
                    }).join();
        });
    }

    private void prepare(Path home) throws IOException {
        Path config = nodeDir.resolve("config");
        Files.createDirectories(config);
        Files.createDirectories(nodeDir.resolve("data"));
        Files.createDirectories(nodeDir.resolve("logs"));
        Files.createDirectories(nodeDir.resolve("tmp"));
        for (String file : List.of("jvm.options", "log4j2.properties")) {
            Files.copy(home.resolve("config").resolve(file), config.resolve(file), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        Files.createDirectories(config.resolve("jvm.options.d"));
        try (InputStream yml = EmbeddedElasticsearch.class.getResourceAsStream("/elastic/node/elasticsearch.yml")) {
            String settings = new String(yml.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    + "\nhttp.port: " + port
                    + "\ncluster.name: library-" + port
                    + "\npath.data: " + nodeDir.resolve("data").toAbsolutePath()
                    + "\npath.logs: " + nodeDir.resolve("logs").toAbsolutePath() + "\n";
            Files.writeString(config.resolve("elasticsearch.yml"), settings);
        }
        Files.deleteIfExists(nodeDir.resolve("pid"));
        Files.deleteIfExists(nodeDir.resolve("port"));
        if (isRoot()) {
            run(List.of("chmod", "755", RUNTIME_BASE.toString(), RUNTIME_BASE.resolve("nodes").toString()));
            run(List.of("chown", "-R", OS_USER, nodeDir.toAbsolutePath().toString()));
        }
    }

    private void launch(Path home) throws IOException {
        List<String> command = new ArrayList<>();
        if (isRoot()) {
            command.addAll(List.of("runuser", "-u", OS_USER, "--"));
        }
        // env passes the variables explicitly: runuser may reset the environment.
        command.add("env");
        Map<String, String> env = Map.of(
                "ES_JAVA_HOME", System.getProperty("java.home"),
                "ES_PATH_CONF", nodeDir.resolve("config").toAbsolutePath().toString(),
                "ES_TMPDIR", nodeDir.resolve("tmp").toAbsolutePath().toString(),
                "ES_JAVA_OPTS", "-Xms512m -Xmx512m");
        env.forEach((key, value) -> command.add(key + "=" + value));
        command.add(home.resolve("bin/elasticsearch").toAbsolutePath().toString());
        command.addAll(List.of("-d", "-p", nodeDir.resolve("pid").toAbsolutePath().toString()));

        LOG.infof("Starting Elasticsearch on port %d (%s)", port, nodeDir);
        Instant started = Instant.now();
        Process launcher = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(nodeDir.resolve("logs/launcher.out").toFile())
                .start();
        try {
            int exit = launcher.waitFor();
            if (exit != 0) {
                throw new IllegalStateException("Elasticsearch did not start (exit " + exit + "): "
                        + Files.readString(nodeDir.resolve("logs/launcher.out")));
            }
            awaitHealthy();
            Files.writeString(nodeDir.resolve("port"), Integer.toString(port));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting Elasticsearch", e);
        }
        LOG.infof("Elasticsearch ready on port %d after %d ms", port, Duration.between(started, Instant.now()).toMillis());
    }

    private void awaitHealthy() throws InterruptedException {
        Instant deadline = Instant.now().plus(STARTUP_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (isHealthy(port)) {
                return;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("Elasticsearch not healthy on port " + port + " after " + STARTUP_TIMEOUT
                + "; see " + nodeDir.resolve("logs"));
    }

    /** The distribution itself if the Elasticsearch user can read it, else a copy it can read. */
    private static Path reachableCopy(Path home) throws IOException {
        Path launcher = home.resolve("bin/elasticsearch").toAbsolutePath();
        if (run(List.of("runuser", "-u", OS_USER, "--", "test", "-r", launcher.toString())) == 0) {
            return home;
        }
        Path copy = RUNTIME_BASE.resolve(home.getFileName());
        if (!Files.exists(copy.resolve("bin/elasticsearch"))) {
            Files.createDirectories(RUNTIME_BASE);
            run(List.of("chmod", "755", RUNTIME_BASE.toString()));
            if (run(List.of("cp", "-a", home.toAbsolutePath().toString(), copy.toString())) != 0) {
                throw new IOException("cannot copy " + home + " to " + copy);
            }
            run(List.of("chmod", "-R", "a+rX", copy.toString()));
        }
        return copy;
    }

    private static Optional<EmbeddedElasticsearch> findRunning(Path nodeDir) throws IOException {
        Path portFile = nodeDir.resolve("port");
        if (readPid(nodeDir).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive).isEmpty() || !Files.exists(portFile)) {
            return Optional.empty();
        }
        int port = Integer.parseInt(Files.readString(portFile).trim());
        return isHealthy(port) ? Optional.of(new EmbeddedElasticsearch(nodeDir, port)) : Optional.empty();
    }

    private static Optional<Long> readPid(Path nodeDir) {
        try {
            return Optional.of(Long.parseLong(Files.readString(nodeDir.resolve("pid")).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean isHealthy(int port) {
        try {
            var connection = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + "/_cluster/health").toURL().openConnection();
            connection.setConnectTimeout(1000);
            connection.setReadTimeout(2000);
            try (InputStream body = connection.getInputStream()) {
                String health = new String(body.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                return health.contains("\"status\":\"green\"") || health.contains("\"status\":\"yellow\"");
            }
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static void ensureOsUser() throws IOException {
        if (run(List.of("id", "-u", OS_USER)) != 0) {
            int exit = run(List.of("useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", OS_USER));
            if (exit != 0) {
                throw new IllegalStateException("Elasticsearch cannot run as root and the user '" + OS_USER
                        + "' could not be created (useradd exit " + exit + ")");
            }
        }
    }

    private static int run(List<String> command) throws IOException {
        try {
            return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted: " + command, e);
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
