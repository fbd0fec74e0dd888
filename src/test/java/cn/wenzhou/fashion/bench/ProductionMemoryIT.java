package cn.wenzhou.fashion.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.wenzhou.fashion.dev.demo.DemoDataGenerator;
import cn.wenzhou.fashion.dev.elasticsearch.EmbeddedElasticsearch;

/**
 * Resident memory of the PRODUCTION jar ({@code target/quarkus-app/quarkus-run.jar}, made by the package phase before
 * this integration test runs) under the 64-client search load, with the Helm chart's JVM flags and without a memory
 * limit. The chart gives the container 1 GiB (resources.limits.memory) and the JVM {@code -XX:MaxRAMPercentage=75
 * -XX:+ExitOnOutOfMemoryError} (jvm.maxRamPercentage in helm/values.yaml); outside a container {@code -XX:MaxRAM=1g}
 * makes the JVM size itself as it does in that container (heap 768 MB). The run without a limit has none of these
 * flags (the JVM's default heap: a quarter of the machine's memory).
 * <p>
 * An embedded Elasticsearch node (512 MB heap) and a database of its own on the PostgreSQL of {@code
 * -Dbenchmark.postgresql=127.0.0.1:5432} (user postgres, trust; database {@value #DATABASE}, dropped and created
 * afresh). A first start of the jar loads {@code -Dbenchmark.size} (100,000) demo records and is not measured; each
 * measured start reindexes them on start (the demo loader does on a filled database), then waits until the index
 * outbox is empty, warms up with {@code -Dbenchmark.warmup} (10,000) never-seen searches and measures {@code
 * -Dbenchmark.requests} (10,000) more from 64 clients, sampling the process's VmRSS (/proc/PID/status) every 200 ms.
 * Prints to target/benchmarks/memory.txt. Run: {@code ./mvnw verify -Pbenchmark-memory}.
 */
@Tag("memory")
class ProductionMemoryIT {

    static final String DATABASE = "library_memory_benchmark";
    static final int SIZE = Integer.getInteger("benchmark.size", 100_000);
    static final int WARM_UP = Integer.getInteger("benchmark.warmup", 10_000);
    static final int REQUESTS = Integer.getInteger("benchmark.requests", 10_000);
    static final int CLIENTS = 64;
    static final String POSTGRESQL = System.getProperty("benchmark.postgresql", "127.0.0.1:5432");
    /** The chart's flags; {@code -Dbenchmark.jvm-flags} replaces them (e.g. to add the image's run-java.sh defaults). */
    static final List<String> CHART_FLAGS = List.of(System.getProperty("benchmark.jvm-flags",
            "-XX:MaxRAM=1g -XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError").strip().split("\\s+"));
    static final Duration PATIENCE = Duration.ofMinutes(30);
    static final long GOAL_RSS_MB = 350;

    private static final Path PROJECT = Path.of("").toAbsolutePath();

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final StringBuilder report = new StringBuilder();

    @Test
    void productionJarUnderSixtyFourClients() throws Exception {
        Path jar = PROJECT.resolve("target/quarkus-app/quarkus-run.jar");
        assertThat(jar).as("the production jar (./mvnw package)").exists();
        line("%s memory benchmark of the production jar: %,d demo records (seed %d) on PostgreSQL, %d clients, %d warm-up + %d "
                + "measured never-seen searches", LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME), SIZE,
                SpeedBenchmarkTest.SEED, CLIENTS, WARM_UP, REQUESTS);
        recreateDatabase();
        List<String> searches = unseenSearches();
        EmbeddedElasticsearch node = EmbeddedElasticsearch.start(EmbeddedElasticsearch.distributionHome(PROJECT),
                PROJECT.resolve("target/elasticsearch-nodes/memory"), 0);
        try {
            Instant loadStart = Instant.now();
            try (Service loading = Service.start(jar, List.of(), node.hostAndPort(), "load")) {
                loading.awaitIndexed();
                line("first start (not measured): %,d records loaded and indexed in %d s, RSS %,d MB", SIZE,
                        Duration.between(loadStart, Instant.now()).toSeconds(), LoadRun.rssMb(loading.pid()));
            }
            line("");
            line("%-22s %8s %8s %10s %8s %8s %8s %9s %9s %9s", "run", "requests", "errors", "req/s", "p50 ms", "p95 ms", "p99 ms",
                    "RSS ready", "RSS max", "RSS end");
            Figures chart = measure("chart flags", jar, CHART_FLAGS, node, searches.subList(0, searches.size() / 2));
            Figures unlimited = measure("no memory limit", jar, List.of(), node, searches.subList(searches.size() / 2, searches.size()));
            line("");
            line("chart flags: %s; RSS max %,d MB against the goal of %d MB (%s); throughput %+.1f%% against the run without a limit "
                    + "(goal within 10%%: %s)", String.join(" ", CHART_FLAGS), chart.rssMax(), GOAL_RSS_MB,
                    chart.rssMax() <= GOAL_RSS_MB ? "met" : "missed", 100 * (chart.perSecond() / unlimited.perSecond() - 1),
                    Math.abs(chart.perSecond() / unlimited.perSecond() - 1) <= 0.10 ? "met" : "missed");
            assertThat(chart.errors() + unlimited.errors()).as("responses other than 200 (see target/benchmarks/memory.txt)").isZero();
        } finally {
            node.stop();
            Files.createDirectories(PROJECT.resolve("target/benchmarks"));
            Files.writeString(PROJECT.resolve("target/benchmarks/memory.txt"), report);
        }
    }

    /** What one measured start showed. */
    record Figures(long errors, double perSecond, long rssMax) {
    }

    private Figures measure(String name, Path jar, List<String> flags, EmbeddedElasticsearch node, List<String> texts) throws Exception {
        try (Service service = Service.start(jar, flags, node.hostAndPort(), name.replace(' ', '-'))) {
            service.awaitIndexed();
            long ready = LoadRun.rssMb(service.pid());
            List<HttpRequest> requests = texts.stream().map(service::search).toList();
            LoadRun warmUp = LoadRun.of(requests.subList(0, Math.min(WARM_UP, requests.size() / 2)), Math.min(WARM_UP, requests.size() / 2),
                    CLIENTS, client);
            AtomicLong max = new AtomicLong();
            ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
            sampler.scheduleAtFixedRate(() -> max.accumulateAndGet(LoadRun.rssMb(service.pid()), Math::max), 0, 200, TimeUnit.MILLISECONDS);
            LoadRun run;
            try {
                List<HttpRequest> measured = requests.subList(requests.size() / 2, requests.size());
                run = LoadRun.of(measured, Math.min(REQUESTS, measured.size()), CLIENTS, client);
            } finally {
                sampler.shutdownNow();
            }
            long errors = warmUp.non200() + run.non200();
            line("%-22s %8d %8d %10.1f %8.1f %8.1f %8.1f %,9d %,9d %,9d", name, run.nanos().length, errors, run.perSecond(), run.ms(50),
                    run.ms(95), run.ms(99), ready, max.get(), LoadRun.rssMb(service.pid()));
            if (errors > 0) {
                line("  first failure: %s", warmUp.firstFailure() != null ? warmUp.firstFailure() : run.firstFailure());
            }
            return new Figures(errors, run.perSecond(), max.get());
        }
    }

    /** Never-seen searches: a need title of the demo data with a trade term, shuffled. */
    private static List<String> unseenSearches() {
        ObjectMapper mapper = new ObjectMapper();
        List<String> titles = new ArrayList<>();
        new DemoDataGenerator(SpeedBenchmarkTest.SEED).generate(SIZE, line -> {
            try {
                JsonNode record = mapper.readTree(line);
                if ("need".equals(record.path("kind").asText()) && titles.size() < 4000) {
                    titles.add(record.path("title").asText());
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        List<String> terms = new ArrayList<>(SpeedBenchmarkTest.CHINESE_TERMS);
        terms.addAll(SpeedBenchmarkTest.ENGLISH_TERMS);
        List<String> texts = new ArrayList<>();
        for (String title : titles) {
            for (String term : terms) {
                texts.add(title + " " + term);
            }
        }
        Collections.shuffle(texts, new Random(SpeedBenchmarkTest.SEED));
        return texts.subList(0, Math.min(texts.size(), 4 * (WARM_UP + REQUESTS)));
    }

    private static void recreateDatabase() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://" + POSTGRESQL + "/postgres", "postgres", "");
                Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + DATABASE);
            statement.execute("create database " + DATABASE);
        }
    }

    /** The production jar started as a process of its own, with the database and the node of this run. */
    private record Service(Process process, int port, int managementPort) implements AutoCloseable {

        static Service start(Path jar, List<String> flags, String elasticsearch, String name) throws IOException {
            int port = freePort();
            int management = freePort();
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
            command.addAll(flags);
            command.addAll(List.of("-Djava.util.logging.manager=org.jboss.logmanager.LogManager",
                    "-Dquarkus.http.host=127.0.0.1", "-Dquarkus.http.port=" + port, "-Dquarkus.management.port=" + management,
                    // The measured path is the public search; no identity provider runs here.
                    "-Dquarkus.oidc.tenant-enabled=false", "-Dquarkus.oidc.pages.tenant-enabled=false",
                    "-Dlibrary.rate-limit.enabled=false", "-Dlibrary.elasticsearch.replicas=0",
                    "-Dlibrary.demo.enabled=true", "-Dlibrary.demo.size=" + SIZE, "-jar", jar.toString()));
            ProcessBuilder builder = new ProcessBuilder(command);
            builder.environment().putAll(java.util.Map.of("DB_URL", "jdbc:postgresql://" + POSTGRESQL + "/" + DATABASE,
                    "DB_USER", "postgres", "DB_PASSWORD", "", "ELASTICSEARCH_HOSTS", elasticsearch, "ELASTICSEARCH_PROTOCOL", "http"));
            Path log = PROJECT.resolve("target/benchmarks/memory-" + name + ".log");
            Files.createDirectories(log.getParent());
            builder.redirectErrorStream(true).redirectOutput(log.toFile());
            return new Service(builder.start(), port, management);
        }

        String pid() {
            return Long.toString(process.pid());
        }

        HttpRequest search(String text) {
            URI uri = URI.create("http://127.0.0.1:" + port + "/api/search?q=" + BenchmarkRequests.encode(text) + "&size=20");
            return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).header("Accept", "application/json").GET().build();
        }

        /** Until the service is ready and its index outbox holds no change to apply. */
        void awaitIndexed() throws Exception {
            Instant deadline = Instant.now().plus(PATIENCE);
            HttpClient http = HttpClient.newHttpClient();
            URI ready = URI.create("http://127.0.0.1:" + managementPort + "/q/health/ready");
            while (true) {
                assertThat(process.isAlive()).as("the service is running (see target/benchmarks/memory-*.log)").isTrue();
                assertThat(Instant.now()).as("service ready and outbox empty").isBefore(deadline);
                if (status(http, ready) == 200 && pendingChanges() == 0) {
                    return;
                }
                Thread.sleep(1000);
            }
        }

        private static int status(HttpClient http, URI uri) {
            try {
                HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build();
                return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (IOException e) {
                return -1;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return -1;
            }
        }

        private static long pendingChanges() throws Exception {
            try (Connection connection = DriverManager.getConnection("jdbc:postgresql://" + POSTGRESQL + "/" + DATABASE, "postgres", "");
                    Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("select count(*) from index_event where not failed")) {
                rows.next();
                return rows.getLong(1);
            }
        }

        private static int freePort() throws IOException {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            }
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    private void line(String format, Object... args) {
        String text = LoadRun.format(format, args);
        System.out.println(text);
        report.append(text).append('\n');
    }
}
