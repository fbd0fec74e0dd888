package cn.wenzhou.fashion.search;

import static cn.wenzhou.fashion.testsupport.Fixtures.institution;
import static cn.wenzhou.fashion.testsupport.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.jboss.logging.Logger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import cn.wenzhou.fashion.dev.elasticsearch.EmbeddedCluster;
import cn.wenzhou.fashion.dev.elasticsearch.EmbeddedElasticsearch;
import cn.wenzhou.fashion.testsupport.ThreeNodeCluster;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;

/**
 * The service on a cluster of three nodes, every index with one replica, while the node that holds an index's
 * primary shard is killed and comes back: every search still answers, every write the API acknowledged is found, and
 * the cluster is green again. Heavy (three nodes, about 2.5 GB): tag {@code cluster}, run by {@code -Ppostgresql}.
 */
@QuarkusTest
@TestProfile(ThreeNodeCluster.class)
// Not about access rules (security.* tests are): runs as an admin, who may do everything.
@TestSecurity(user = "test-admin", roles = "admin")
@Tag("cluster")
class ClusterNodeLossTest {

    private static final Logger LOG = Logger.getLogger(ClusterNodeLossTest.class);
    private static final Duration SEARCHABLE_WITHIN = Duration.ofSeconds(30);

    /** Set by ElasticsearchTestResource. */
    EmbeddedCluster cluster;

    @TestHTTPResource("/")
    URI service;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void searchesAnswerAndAcknowledgedWritesSurviveTheLossOfANode() throws Exception {
        assertThat(health("node-0", "green").get("status").getAsString()).isEqualTo("green");
        String victim = nodeHoldingPrimaryOf("institution-");
        String survivor = victim.equals("node-0") ? "node-1" : "node-0";

        var traffic = new Traffic();
        int acknowledgedWhileDown;
        int searchesWhileDown;
        traffic.start();
        try {
            Thread.sleep(5_000);
            cluster.node(victim).kill();
            int acknowledgedBeforeKill = traffic.acknowledged.size();
            int searchesBeforeKill = traffic.searches.get();
            Thread.sleep(15_000);
            acknowledgedWhileDown = traffic.acknowledged.size() - acknowledgedBeforeKill;
            searchesWhileDown = traffic.searches.get() - searchesBeforeKill;
            cluster.node(victim).restart();
            Thread.sleep(3_000);
        } finally {
            traffic.stop();
        }
        LOG.infof("%s killed and back: %d searches (%d while it was down), %d failed; %d writes acknowledged (%d while it was down)",
                victim, traffic.searches.get(), searchesWhileDown, traffic.failedSearches.size(), traffic.acknowledged.size(),
                acknowledgedWhileDown);

        JsonObject health = health(survivor, "green");
        assertThat(health.get("status").getAsString()).isEqualTo("green");
        assertThat(health.get("number_of_nodes").getAsInt()).isEqualTo(3);
        assertThat(searchesWhileDown).as("searches while a node was down").isGreaterThan(0);
        assertThat(traffic.failedSearches).as("searches that did not answer 200").isEmpty();
        assertThat(acknowledgedWhileDown).as("writes acknowledged while a node was down").isGreaterThan(0);
        List<String> notFound = new ArrayList<>();
        for (String externalId : traffic.acknowledged) {
            if (!searchableSoon(externalId)) {
                notFound.add(externalId);
            }
        }
        assertThat(notFound).as("acknowledged writes that no search finds").isEmpty();
    }

    /** A writer creating institutions through the API and a reader searching, both without pause, until stopped. */
    private final class Traffic {

        final List<String> acknowledged = new CopyOnWriteArrayList<>();
        final Map<String, String> failedSearches = new ConcurrentHashMap<>();
        final AtomicInteger searches = new AtomicInteger();
        private final ExecutorService threads = Executors.newFixedThreadPool(2);
        private final List<Future<?>> running = new ArrayList<>();
        private volatile boolean stopped;

        void start() {
            running.add(threads.submit(this::write));
            running.add(threads.submit(this::search));
        }

        void stop() throws Exception {
            stopped = true;
            for (Future<?> thread : running) {
                thread.get();
            }
            threads.shutdown();
        }

        private Void write() {
            while (!stopped) {
                String externalId = unique("cluster");
                try {
                    HttpResponse<String> created = http.send(HttpRequest.newBuilder(service.resolve("/api/institutions"))
                            .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(institution(externalId, "集群容错检测所 " + externalId))).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (created.statusCode() == 201) {
                        acknowledged.add(externalId);
                    }
                } catch (Exception e) {
                    // Not acknowledged: nothing is promised about it.
                }
            }
            return null;
        }

        private Void search() {
            while (!stopped) {
                int n = searches.incrementAndGet();
                // The newest acknowledged record, or a plain word before there is one.
                String q = acknowledged.isEmpty() ? "检测所" : acknowledged.get(acknowledged.size() - 1);
                try {
                    HttpResponse<String> found = get("/api/search?size=5&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
                    if (found.statusCode() != 200) {
                        failedSearches.put("search " + n, found.statusCode() + " " + found.body());
                    }
                } catch (Exception e) {
                    failedSearches.put("search " + n, e.toString());
                }
            }
            return null;
        }
    }

    private boolean searchableSoon(String externalId) throws Exception {
        Instant deadline = Instant.now().plus(SEARCHABLE_WITHIN);
        do {
            HttpResponse<String> found = get("/api/search?size=5&q=" + externalId);
            if (found.statusCode() == 200 && found.body().contains("\"externalId\":\"" + externalId + "\"")) {
                return true;
            }
            Thread.sleep(500);
        } while (Instant.now().isBefore(deadline));
        return false;
    }

    private HttpResponse<String> get(String pathAndQuery) throws Exception {
        return http.send(HttpRequest.newBuilder(service.resolve(pathAndQuery)).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The cluster's health as {@code node} sees it, once it has that status or after 90 s. */
    private JsonObject health(String node, String status) throws Exception {
        return JsonParser.parseString(elasticsearch(cluster.node(node),
                "/_cluster/health?wait_for_status=" + status + "&wait_for_no_initializing_shards=true&timeout=90s")).getAsJsonObject();
    }

    /** The name of a node that holds the primary shard of the index whose name starts with {@code indexPrefix}. */
    private String nodeHoldingPrimaryOf(String indexPrefix) throws Exception {
        for (JsonElement shard : JsonParser.parseString(elasticsearch(cluster.node("node-0"), "/_cat/shards?format=json&h=index,prirep,node"))
                .getAsJsonArray()) {
            JsonObject copy = shard.getAsJsonObject();
            if (copy.get("index").getAsString().startsWith(indexPrefix) && "p".equals(copy.get("prirep").getAsString())) {
                return copy.get("node").getAsString();
            }
        }
        throw new AssertionError("no primary shard of " + indexPrefix + "*");
    }

    private String elasticsearch(EmbeddedElasticsearch node, String pathAndQuery) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://" + node.hostAndPort() + pathAndQuery))
                .timeout(Duration.ofSeconds(120)).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}
