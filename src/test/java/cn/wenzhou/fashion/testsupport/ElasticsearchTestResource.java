package cn.wenzhou.fashion.testsupport;

import java.nio.file.Path;
import java.util.Map;

import cn.wenzhou.fashion.dev.elasticsearch.EmbeddedElasticsearch;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** Starts the embedded Elasticsearch on a free port for the test run and points Hibernate Search at it. */
public class ElasticsearchTestResource implements QuarkusTestResourceLifecycleManager {

    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final Path NODE_DIR = PROJECT.resolve("target/elasticsearch-nodes/test");

    private EmbeddedElasticsearch node;

    @Override
    public Map<String, String> start() {
        node = EmbeddedElasticsearch.start(EmbeddedElasticsearch.distributionHome(PROJECT), NODE_DIR, 0);
        return Map.of("quarkus.hibernate-search-orm.elasticsearch.hosts", node.hostAndPort());
    }

    /** The run's node, found again by its directory (an outage test stops it, then starts it again). */
    public static EmbeddedElasticsearch runningNode() {
        return EmbeddedElasticsearch.start(EmbeddedElasticsearch.distributionHome(PROJECT), NODE_DIR, 0);
    }

    /** Starts the run's node again after a stop, on its port and with its data, as a restarted cluster. */
    public static EmbeddedElasticsearch restart(int port) {
        return EmbeddedElasticsearch.start(EmbeddedElasticsearch.distributionHome(PROJECT), NODE_DIR, port);
    }

    @Override
    public void stop() {
        if (node != null) {
            node.stop();
        }
    }
}
