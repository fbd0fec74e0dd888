package cn.wenzhou.fashion.testsupport;

import java.nio.file.Path;
import java.util.Map;

import cn.wenzhou.fashion.dev.elasticsearch.EmbeddedElasticsearch;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** Starts the embedded Elasticsearch on a free port for the test run and points Hibernate Search at it. */
public class ElasticsearchTestResource implements QuarkusTestResourceLifecycleManager {

    private EmbeddedElasticsearch node;

    @Override
    public Map<String, String> start() {
        Path projectDir = Path.of("").toAbsolutePath();
        node = EmbeddedElasticsearch.start(EmbeddedElasticsearch.distributionHome(projectDir),
                projectDir.resolve("target/elasticsearch-nodes/test"), 0);
        return Map.of("quarkus.hibernate-search-orm.elasticsearch.hosts", node.hostAndPort());
    }

    @Override
    public void stop() {
        if (node != null) {
            node.stop();
        }
    }
}
