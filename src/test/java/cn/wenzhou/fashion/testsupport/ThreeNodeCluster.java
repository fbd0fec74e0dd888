package cn.wenzhou.fashion.testsupport;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * The profile of the tests against a cluster of three embedded nodes ({@link ElasticsearchTestResource} with
 * {@code nodes=3}) in place of the run's single node: every index with one replica, as production sizes it for three
 * nodes, and no reuse of recent results, so that every search reaches the cluster.
 */
public class ThreeNodeCluster implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "library.elasticsearch.replicas", "1",
                "library.search.recent-results.ttl", "0s");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(
                new TestResourceEntry(ElasticsearchTestResource.class, Map.of(ElasticsearchTestResource.NODES, "3")),
                new TestResourceEntry(OidcWiremockTestResource.class));
    }

    @Override
    public boolean disableGlobalTestResources() {
        return true;
    }
}
