package cn.wenzhou.fashion.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.wenzhou.fashion.dev.demo.DemoDataLoader;
import cn.wenzhou.fashion.domain.IndexBacklog;
import cn.wenzhou.fashion.importer.ImportReport;
import cn.wenzhou.fashion.search.IndexEventProcessor;
import cn.wenzhou.fashion.search.Reindexer;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;

/**
 * The figures that size the service (step 11), over {@code -Dbenchmark.size=N} generated records (100,000 by default),
 * in parts chosen with {@code -Dbenchmark.parts} (default {@code writes,raw,concurrency}):
 * <ul>
 * <li>{@code writes}: the bulk import's records/s, the time until the index outbox has applied every change, a full
 * reindex (the {@link Reindexer}, as {@code POST /api/admin/reindex} runs it) timed until the outbox is empty again, and
 * the indexes' documents and bytes ({@code _cat/indices}). The import itself always runs: the other parts need the
 * records.</li>
 * <li>{@code raw}: service / raw Elasticsearch for search-new and match, one client. Each service request is followed
 * by the very requests it sent to Elasticsearch (recorded by {@link ElasticsearchRequestRecorder}: method, path with
 * {@code request_cache=true} where the service sets it, body), sent directly to the node by the same HTTP client, after
 * the node's request cache was cleared (untimed) so that the raw request is as new to it as the service's was.</li>
 * <li>{@code concurrency}: search-new and match from 1, 4, 16 and 64 clients ({@code -Dbenchmark.clients}):
 * throughput, p50/p95/p99 and errors (any answer but 200).</li>
 * </ul>
 * Searches are never-seen ones (a need title with a trade term, each once); first {@code -Dbenchmark.warmup} (10,000)
 * other never-seen searches and 200 matches warm the code paths up, as in {@link SpeedBenchmarkTest}. Rate limits are
 * off. Prints to target/benchmarks/sizing.txt; every response must be 200.
 */
@QuarkusTest
@TestProfile(SizingBenchmarkTest.Sizing.class)
// Not about access rules: runs as an admin, who may do everything.
@TestSecurity(user = "test-admin", roles = "admin")
@Tag("benchmark")
class SizingBenchmarkTest {

    /** The speed benchmark's profile (rate limits off), with the recorder of Elasticsearch requests added to the client. */
    public static class Sizing extends SpeedBenchmarkTest.RateLimitsOff {

        @Override
        public Map<String, String> getConfigOverrides() {
            var overrides = new java.util.HashMap<>(super.getConfigOverrides());
            overrides.put("quarkus.hibernate-orm.unsupported-properties.\"hibernate.search.backend.client.configurer\"",
                    ElasticsearchRequestRecorder.class.getName());
            return overrides;
        }
    }

    static final int SIZE = Integer.getInteger("benchmark.size", 100_000);
    static final Set<String> PARTS = Set.of(System.getProperty("benchmark.parts", "writes,raw,concurrency").split(","));
    static final int WARM_UP_UNSEEN = Integer.getInteger("benchmark.warmup", 10_000);
    static final int REQUESTS = Integer.getInteger("benchmark.requests", 2000);
    static final int PAIRS = Integer.getInteger("benchmark.pairs", 1000);
    static final List<Integer> CLIENTS = Arrays.stream(System.getProperty("benchmark.clients", "1,4,16,64").split(","))
            .map(String::strip).map(Integer::valueOf).toList();
    static final Duration OUTBOX_PATIENCE = Duration.ofHours(2);
    static final double GOAL_RATIO = 1.3;

    @Inject
    DemoDataLoader loader;
    @Inject
    Reindexer reindexer;
    @Inject
    IndexEventProcessor processor;
    @Inject
    ElasticsearchRequestRecorder recorder;

    @TestHTTPResource("/")
    URL base;

    private final ObjectMapper mapper = new ObjectMapper();
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final StringBuilder report = new StringBuilder();
    private final String elasticsearch = "http://" + ConfigProvider.getConfig()
            .getValue("quarkus.hibernate-search-orm.elasticsearch.hosts", String.class).split(",")[0].strip();
    private long errors;

    @Test
    void figuresThatSizeTheService() throws Exception {
        line("%s sizing benchmark: %,d generated records (seed %d), parts %s, database %s", LocalDateTime.now().format(
                DateTimeFormatter.ISO_LOCAL_DATE_TIME), SIZE, SpeedBenchmarkTest.SEED, String.join(",", PARTS),
                ConfigProvider.getConfig().getValue("quarkus.datasource.db-kind", String.class));
        line("Java %s, %d processors, max heap %,d MB; rate limits %s", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / (1024 * 1024),
                ConfigProvider.getConfig().getValue("library.rate-limit.enabled", Boolean.class) ? "ON" : "off");
        writes();

        BenchmarkRequests requests = new BenchmarkRequests(base);
        List<JsonNode> needs = requests.sampleNeeds(2000, SpeedBenchmarkTest.SEED);
        assertThat(needs).as("needs read through GET /api/needs").isNotEmpty();
        List<String> unseen = unseenSearches(needs);
        int next = Math.min(WARM_UP_UNSEEN, unseen.size() / 3);
        LoadRun warmUp = LoadRun.of(unseen.subList(0, next).stream().map(requests::search).toList(), next, 4, client);
        LoadRun warmUpMatch = LoadRun.of(needs.stream().map(requests::matches).toList(), 200, 4, client);
        count("warm-up", warmUp);
        count("warm-up match", warmUpMatch);
        line("warm-up: %,d never-seen searches and 200 matches from 4 clients", warmUp.nanos().length);

        if (PARTS.contains("raw")) {
            line("");
            line("service / raw Elasticsearch, 1 client, interleaved (%d pairs; raw: the recorded requests sent directly, request cache "
                    + "cleared before each); recorder on %d client(s)", PAIRS,
                    recorder.clients());
            line("%-11s %10s %10s %10s %10s %8s %8s %s", "operation", "svc p50", "raw p50", "svc p95", "raw p95", "p50 ratio",
                    "ES req", "goal");
            List<String> texts = unseen.subList(next, Math.min(unseen.size(), next += PAIRS));
            serviceAgainstRaw("search-new", texts.stream().map(requests::search).toList());
            serviceAgainstRaw("match", needs.stream().limit(PAIRS).map(requests::matches).toList());
        }
        if (PARTS.contains("concurrency")) {
            line("");
            line("concurrency curve: %d requests per row (search-new: each search once)", REQUESTS);
            line("%-11s %7s %8s %8s %10s %8s %8s %8s", "operation", "clients", "requests", "errors", "req/s", "p50 ms", "p95 ms",
                    "p99 ms");
            for (int clients : CLIENTS) {
                List<HttpRequest> searches = unseen.subList(next, Math.min(unseen.size(), next += REQUESTS)).stream()
                        .map(requests::search).toList();
                curveRow("search-new", clients, LoadRun.of(searches, searches.size(), clients, client));
                curveRow("match", clients, LoadRun.of(needs.stream().map(requests::matches).toList(), REQUESTS, clients, client));
            }
        }
        line("");
        line("test JVM RSS at the end: %,d MB (the service and the benchmark's clients; Elasticsearch runs apart)",
                LoadRun.rssMb("self"));

        Files.createDirectories(Path.of("target/benchmarks"));
        Files.writeString(Path.of("target/benchmarks/sizing.txt"), report);
        assertThat(errors).as("responses other than 200 (see target/benchmarks/sizing.txt)").isZero();
    }

    /** Import (always: the records are needed), outbox drained; with part writes, a full reindex and the index sizes. */
    private void writes() throws Exception {
        long start = System.nanoTime();
        ImportReport imported = loader.load(SIZE, SpeedBenchmarkTest.SEED);
        double importSeconds = (System.nanoTime() - start) / 1e9;
        awaitOutboxDrained();
        double indexedSeconds = (System.nanoTime() - start) / 1e9;
        line("");
        line("%-34s %10s %10s %s", "write path", "seconds", "records/s", "");
        line("%-34s %10.1f %10.0f %s", "import (records committed)", importSeconds, imported.created() / importSeconds,
                "%d lines, %d created, %d failed".formatted(imported.lines(), imported.created(), imported.failed()));
        line("%-34s %10.1f %10.0f %s", "import until outbox drained", indexedSeconds, imported.created() / indexedSeconds,
                "every change applied to the index");
        if (!PARTS.contains("writes")) {
            return;
        }
        start = System.nanoTime();
        long reindexMillis = reindexer.reindexAll();
        awaitOutboxDrained();
        double reindexSeconds = (System.nanoTime() - start) / 1e9;
        long documents = 0;
        long bytes = 0;
        for (JsonNode index : mapper.readTree(elasticsearch("GET", "/_cat/indices?format=json&bytes=b", null))) {
            documents += index.path("docs.count").asLong();
            bytes += index.path("store.size").asLong();
        }
        line("%-34s %10.1f %10.0f %s", "full reindex until outbox drained", reindexSeconds, imported.created() / reindexSeconds,
                "reindexer %.1f s (incl. segment merge)".formatted(reindexMillis / 1e3));
        line("indexes: %,d documents, %,d bytes (%.1f MB, _cat/indices store.size, primaries and replicas)", documents, bytes,
                bytes / 1048576.0);
        line("test JVM RSS after the writes: %,d MB", LoadRun.rssMb("self"));
    }

    private void awaitOutboxDrained() throws InterruptedException {
        Instant deadline = Instant.now().plus(OUTBOX_PATIENCE);
        while (true) {
            processor.drain();
            IndexBacklog backlog = processor.backlog();
            if (backlog.pending() == 0) {
                assertThat(backlog.failed()).as("changes whose indexing failed").isZero();
                return;
            }
            assertThat(Instant.now()).as("outbox drained, still %s", backlog).isBefore(deadline);
            Thread.sleep(50);
        }
    }

    /** Searches never made before: a need title with a trade term, shuffled. */
    private static List<String> unseenSearches(List<JsonNode> needs) {
        List<String> terms = new ArrayList<>(SpeedBenchmarkTest.CHINESE_TERMS);
        terms.addAll(SpeedBenchmarkTest.ENGLISH_TERMS);
        Set<String> texts = new LinkedHashSet<>();
        for (JsonNode need : needs) {
            for (String term : terms) {
                texts.add(need.path("title").asText() + " " + term);
            }
        }
        List<String> shuffled = new ArrayList<>(texts);
        Collections.shuffle(shuffled, new Random(SpeedBenchmarkTest.SEED));
        return shuffled;
    }

    /** Each service request, then the Elasticsearch requests it made, sent directly; one line with both. */
    private void serviceAgainstRaw(String name, List<HttpRequest> workload) throws Exception {
        long[] service = new long[workload.size()];
        long[] raw = new long[workload.size()];
        long sent = 0;
        for (int i = 0; i < workload.size(); i++) {
            recorder.start();
            long t0 = System.nanoTime();
            HttpResponse<String> answer = client.send(workload.get(i), HttpResponse.BodyHandlers.ofString());
            service[i] = System.nanoTime() - t0;
            List<ElasticsearchRequestRecorder.Sent> recorded = recorder.stop();
            checkOk(name, workload.get(i).uri().toString(), answer.statusCode(), answer.body());
            sent += recorded.size();
            elasticsearch("POST", "/_cache/clear?request=true", null);
            t0 = System.nanoTime();
            for (ElasticsearchRequestRecorder.Sent request : recorded) {
                elasticsearch(request.method(), request.pathAndQuery(), request.body());
            }
            raw[i] = System.nanoTime() - t0;
        }
        assertThat(sent).as("Elasticsearch requests recorded for %s (recorder on %d clients)", name, recorder.clients()).isPositive();
        double ratio = LoadRun.percentileMs(service, 50) / LoadRun.percentileMs(raw, 50);
        line("%-11s %10.1f %10.1f %10.1f %10.1f %8.2f %8.1f  <= %.1f (%s)", name, LoadRun.percentileMs(service, 50),
                LoadRun.percentileMs(raw, 50), LoadRun.percentileMs(service, 95), LoadRun.percentileMs(raw, 95), ratio,
                (double) sent / workload.size(), GOAL_RATIO, ratio <= GOAL_RATIO ? "met" : "missed");
    }

    private void curveRow(String name, int clients, LoadRun run) {
        count(name + " " + clients, run);
        line("%-11s %7d %8d %8d %10.1f %8.1f %8.1f %8.1f", name, clients, run.nanos().length, run.non200(), run.perSecond(),
                run.ms(50), run.ms(95), run.ms(99));
    }

    private void count(String what, LoadRun run) {
        if (run.non200() > 0) {
            errors += run.non200();
            line("%s: %d responses were not 200; first: %s", what, run.non200(), run.firstFailure());
        }
    }

    /** A request sent directly to the node, by the benchmark's HTTP client; its body, or a failed assertion. */
    private String elasticsearch(String method, String pathAndQuery, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(elasticsearch + pathAndQuery)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> answer = client.send(request, HttpResponse.BodyHandlers.ofString());
        checkOk("Elasticsearch", method + " " + pathAndQuery, answer.statusCode(), answer.body());
        return answer.body();
    }

    private static void checkOk(String what, String request, int status, String body) {
        assertThat(status).as("%s: %s -> %s", what, request, LoadRun.abbreviate(body)).isEqualTo(200);
    }

    private void line(String format, Object... args) {
        String text = LoadRun.format(format, args);
        System.out.println(text);
        report.append(text).append('\n');
    }
}
