package cn.wenzhou.fashion.dev.elasticsearch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import javax.net.ssl.HttpsURLConnection;

import org.jboss.logging.Logger;

/**
 * A local Elasticsearch node for dev mode and tests, started from the distribution that the build
 * unpacks from Maven Central ({@code org.elasticsearch.distribution.integ-test-zip:elasticsearch}) under
 * {@code target/elasticsearch}: a single-node cluster, or one member of an {@link EmbeddedCluster}. Each node
 * keeps its configuration, data and logs in its own directory;
 * Elasticsearch refuses to run as root, so under root it runs as the system user {@value #OS_USER}, from
 * {@value #RUNTIME_BASE}; there, and for every file it reads back or runs, it trusts only what {@link TrustedPaths}
 * accepts. Security is off unless a test asks for it ({@link NodeSecurity}: HTTPS, users and roles). Production never
 * uses this class.
 */
public final class EmbeddedElasticsearch {

    public static final String OS_USER = "elasticsearch";
    private static final Logger LOG = Logger.getLogger(EmbeddedElasticsearch.class);
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(180);
    /** Where nodes run when started by root: reachable by {@value #OS_USER} wherever the project is. */
    private static final String RUNTIME_BASE = "/tmp/fashion-library-elasticsearch";
    /** The distribution's code: what the node runs. */
    private static final List<String> DISTRIBUTION_CODE = List.of("bin", "lib", "modules");

    private final Placement placement;
    private final Path nodeDir;
    private final int port;
    private final TrustedPaths paths;
    private final Optional<NodeSecurity> security;
    /** The lines of its elasticsearch.yml that say which cluster it forms or joins. */
    private final String discovery;

    private EmbeddedElasticsearch(Placement placement, int port, Optional<NodeSecurity> security, String discovery) {
        this.placement = placement;
        this.nodeDir = placement.nodeDir();
        this.port = port;
        this.paths = placement.paths();
        this.security = security;
        this.discovery = discovery;
    }

    /** Where a node runs: the distribution it runs, its own directory, and what it trusts there. */
    record Placement(Path home, Path nodeDir, TrustedPaths paths) {
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
        return start(home, nodeDir, port, Optional.empty());
    }

    /** Like {@link #start(Path, Path, int)}, with security on: HTTPS, and only {@code security}'s user may call it. */
    public static EmbeddedElasticsearch start(Path home, Path nodeDir, int port, NodeSecurity security) {
        return start(home, nodeDir, port, Optional.of(security));
    }

    private static EmbeddedElasticsearch start(Path home, Path nodeDir, int port, Optional<NodeSecurity> security) {
        try {
            Placement placement = place(home, nodeDir);
            Optional<EmbeddedElasticsearch> running = findRunning(placement, security);
            if (running.isPresent()) {
                LOG.infof("Reusing the Elasticsearch node already running on port %d", running.get().port);
                return running.get();
            }
            int chosenPort = port > 0 ? port : freePort();
            var node = prepared(placement, chosenPort, security,
                    "discovery.type: single-node\ncluster.name: library-" + chosenPort);
            node.launch();
            return node;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded Elasticsearch", e);
        }
    }

    /** The node's place for {@code nodeDir}; started by root, in a place that the node's user can reach. */
    static Placement place(Path home, Path nodeDir) throws IOException {
        TrustedPaths paths;
        if (isRoot()) {
            // The project may sit where the Elasticsearch user cannot even traverse (under /root, say).
            ensureOsUser();
            paths = TrustedPaths.forNodeUser(OS_USER);
            Path base = paths.directory(Path.of(RUNTIME_BASE));
            home = reachableCopy(home, base, paths);
            nodeDir = paths.directory(base.resolve("nodes")).resolve(Integer.toHexString(nodeDir.toAbsolutePath().hashCode()));
        } else {
            paths = TrustedPaths.forNodeUser(System.getProperty("user.name"));
            Files.createDirectories(nodeDir.getParent());
            checkDistribution(home, paths);
        }
        paths.directory(nodeDir);
        return new Placement(home, nodeDir, paths);
    }

    /**
     * A node configured afresh in its place, not started yet, on {@code port}, with {@code discovery} (the lines of
     * its elasticsearch.yml that say which cluster it forms or joins).
     */
    static EmbeddedElasticsearch prepared(Placement placement, int port, Optional<NodeSecurity> security, String discovery)
            throws IOException {
        // A node left there that does not answer as asked (other certificates, say) would hold the data directory.
        new EmbeddedElasticsearch(placement, 0, security, "").stop();
        var node = new EmbeddedElasticsearch(placement, port, security, discovery);
        node.prepare();
        return node;
    }

    /** The node's heap: the {@code elasticsearch.heap} system property (a JVM size such as 2g, for a million records) or 512m. */
    private static String heap() {
        String heap = System.getProperty("elasticsearch.heap", "512m");
        if (!heap.matches("\\d+[kmgKMG]")) {
            throw new IllegalArgumentException("elasticsearch.heap must be a JVM size such as 512m or 2g, not " + heap);
        }
        return heap;
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

    /**
     * Kills the node's process at once (SIGKILL: no shutdown, as when its machine fails) and waits until it is gone.
     * {@link #restart()} starts it again on the same ports and data.
     */
    public void kill() {
        nodeProcess(nodeDir, paths).ifPresent(process -> {
            process.destroyForcibly();
            process.onExit().join();
        });
    }

    /** Starts the node again after {@link #kill()} or {@link #stop()}, and waits until it has joined its cluster. */
    public void restart() {
        try {
            Files.deleteIfExists(nodeDir.resolve("pid"));
            Files.deleteIfExists(nodeDir.resolve("port"));
            launch();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot restart the embedded Elasticsearch on port " + port, e);
        }
    }

    /** Stops the node and waits for its process to end. */
    public void stop() {
        nodeProcess(nodeDir, paths).ifPresent(process -> {
            process.destroy();
            process.onExit().orTimeout(30, java.util.concurrent.TimeUnit.SECONDS)
                    .exceptionally(e -> {
                        process.destroyForcibly();
                        return process;
                    }).join();
        });
    }

    /**
     * The node's directories and configuration. Files are written as new ones after deleting what was there:
     * creating a file fails on a link that the node's user may have left, where writing through it would not.
     */
    private void prepare() throws IOException {
        Path home = placement.home();
        Path config = paths.directory(nodeDir.resolve("config"));
        paths.directory(nodeDir.resolve("data"));
        paths.directory(nodeDir.resolve("logs"));
        paths.directory(nodeDir.resolve("tmp"));
        for (String file : List.of("jvm.options", "log4j2.properties")) {
            Files.deleteIfExists(config.resolve(file));
            Files.copy(paths.checkConfiguration(home.resolve("config").resolve(file)), config.resolve(file));
        }
        paths.directory(config.resolve("jvm.options.d"));
        try (InputStream yml = EmbeddedElasticsearch.class.getResourceAsStream("/elastic/node/elasticsearch.yml")) {
            String settings = new String(yml.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    + securitySettings()
                    + "\nhttp.port: " + port
                    + "\n" + discovery
                    + "\npath.data: " + nodeDir.resolve("data").toAbsolutePath()
                    + "\npath.logs: " + nodeDir.resolve("logs").toAbsolutePath() + "\n";
            Files.deleteIfExists(config.resolve("elasticsearch.yml"));
            Files.writeString(config.resolve("elasticsearch.yml"), settings, StandardOpenOption.CREATE_NEW);
        }
        if (security.isPresent()) {
            prepareSecurity(home, config, security.get());
        }
        Files.deleteIfExists(nodeDir.resolve("pid"));
        Files.deleteIfExists(nodeDir.resolve("port"));
        if (isRoot()) {
            // chown -R follows no symbolic link (-P is its default).
            run(List.of("chown", "-R", OS_USER, nodeDir.toAbsolutePath().toString()));
        }
    }

    private String securitySettings() {
        if (security.isEmpty()) {
            return "\nxpack.security.enabled: false";
        }
        // Paths are relative to the node's configuration directory, the only place it may read them from.
        return """

                xpack.security.enabled: true
                xpack.security.http.ssl.enabled: true
                xpack.security.http.ssl.certificate: certs/node.crt
                xpack.security.http.ssl.key: certs/node.key""";
    }

    /** Certificate and roles copied into the node's configuration, and its user added by the distribution's tool. */
    private void prepareSecurity(Path home, Path config, NodeSecurity settings) throws IOException {
        Path certs = paths.directory(config.resolve("certs"));
        copyFresh(settings.certificate(), certs.resolve("node.crt"));
        copyFresh(settings.privateKey(), certs.resolve("node.key"));
        copyFresh(settings.roles(), config.resolve("roles.yml"));
        for (String realmFile : List.of("users", "users_roles")) {
            Files.deleteIfExists(config.resolve(realmFile));
            Files.createFile(config.resolve(realmFile));
        }
        var users = new ProcessBuilder(home.resolve("bin/elasticsearch-users").toAbsolutePath().toString(),
                "useradd", settings.user(), "-r", settings.role())
                .redirectErrorStream(true);
        users.environment().put("ES_JAVA_HOME", System.getProperty("java.home"));
        users.environment().put("ES_PATH_CONF", config.toAbsolutePath().toString());
        try {
            Process process = users.start();
            // The password is asked for twice on standard input: as an argument, any local user could read it in ps.
            try (var input = process.getOutputStream()) {
                input.write((settings.password() + "\n" + settings.password() + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException("elasticsearch-users could not add " + settings.user() + ": " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while adding the node's user", e);
        }
    }

    private void copyFresh(Path source, Path target) throws IOException {
        Files.deleteIfExists(target);
        Files.copy(paths.checkConfiguration(source), target);
    }

    /** Starts the prepared node and waits until it is healthy: for a cluster's member, until it has joined the cluster. */
    void launch() throws IOException {
        Path home = placement.home();
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
                "ES_JAVA_OPTS", "-Xms%1$s -Xmx%1$s".formatted(heap()));
        env.forEach((key, value) -> command.add(key + "=" + value));
        command.add(home.resolve("bin/elasticsearch").toAbsolutePath().toString());
        command.addAll(List.of("-d", "-p", nodeDir.resolve("pid").toAbsolutePath().toString()));

        LOG.infof("Starting Elasticsearch on port %d (%s)", port, nodeDir);
        Instant started = Instant.now();
        Path launcherOut = nodeDir.resolve("logs/launcher.out");
        Files.deleteIfExists(launcherOut);
        Files.createFile(launcherOut);
        Process launcher = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(launcherOut.toFile())
                .start();
        try {
            int exit = launcher.waitFor();
            if (exit != 0) {
                throw new IllegalStateException("Elasticsearch did not start (exit " + exit + "): "
                        + Files.readString(nodeDir.resolve("logs/launcher.out")));
            }
            awaitHealthy();
            Files.writeString(nodeDir.resolve("port"), Integer.toString(port), StandardOpenOption.CREATE_NEW);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting Elasticsearch", e);
        }
        LOG.infof("Elasticsearch ready on port %d after %d ms", port, Duration.between(started, Instant.now()).toMillis());
    }

    private void awaitHealthy() throws InterruptedException {
        Instant deadline = Instant.now().plus(STARTUP_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (isHealthy()) {
                return;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("Elasticsearch not healthy on port " + port + " after " + STARTUP_TIMEOUT
                + "; see " + nodeDir.resolve("logs"));
    }

    /** The distribution itself if the Elasticsearch user can read it, else a copy in {@code base} it can read. */
    private static Path reachableCopy(Path home, Path base, TrustedPaths paths) throws IOException {
        checkDistribution(home, paths);
        Path launcher = home.resolve("bin/elasticsearch").toAbsolutePath();
        if (run(List.of("runuser", "-u", OS_USER, "--", "test", "-r", launcher.toString())) == 0) {
            return home;
        }
        Path copy = base.resolve(home.getFileName());
        if (!Files.exists(copy, LinkOption.NOFOLLOW_LINKS)) {
            if (run(List.of("cp", "-a", home.toAbsolutePath().toString(), copy.toString())) != 0) {
                throw new IOException("cannot copy " + home + " to " + copy);
            }
            run(List.of("chmod", "-R", "a+rX", copy.toString()));
        }
        checkDistribution(copy, paths);
        return copy;
    }

    /** Refuses a distribution whose code someone else could have changed: the node runs it. */
    static void checkDistribution(Path home, TrustedPaths paths) throws IOException {
        paths.check(home);
        for (String code : DISTRIBUTION_CODE) {
            paths.checkTree(home.resolve(code));
        }
    }

    private static Optional<EmbeddedElasticsearch> findRunning(Placement placement, Optional<NodeSecurity> security)
            throws IOException {
        Path portFile = placement.nodeDir().resolve("port");
        if (nodeProcess(placement.nodeDir(), placement.paths()).filter(ProcessHandle::isAlive).isEmpty()
                || !Files.exists(portFile, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        int port = Integer.parseInt(Files.readString(placement.paths().check(portFile)).trim());
        var node = new EmbeddedElasticsearch(placement, port, security, "");
        return node.isHealthy() ? Optional.of(node) : Optional.empty();
    }

    /**
     * The process its pid file names, if that process runs as the node's user: the pid of a node long gone may
     * name someone else's process by now, which is neither reused nor stopped. A pid file someone else could have
     * written is refused.
     */
    static Optional<ProcessHandle> nodeProcess(Path nodeDir, TrustedPaths paths) {
        Path pidFile = nodeDir.resolve("pid");
        if (!Files.exists(pidFile, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        long pid;
        try {
            pid = Long.parseLong(Files.readString(paths.check(pidFile)).trim());
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
        return ProcessHandle.of(pid).filter(process -> process.info().user().filter(paths.nodeUserName()::equals).isPresent());
    }

    /** Green or yellow, asked as its user over HTTPS when security is on. */
    private boolean isHealthy() {
        try {
            String scheme = security.isPresent() ? "https" : "http";
            var connection = (HttpURLConnection) URI.create(scheme + "://127.0.0.1:" + port + "/_cluster/health").toURL().openConnection();
            if (connection instanceof HttpsURLConnection https) {
                https.setSSLSocketFactory(security.get().clientContext().getSocketFactory());
                connection.setRequestProperty("Authorization", security.get().basicAuthorization());
            }
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

    static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
