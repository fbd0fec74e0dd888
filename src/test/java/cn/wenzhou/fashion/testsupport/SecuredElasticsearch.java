package cn.wenzhou.fashion.testsupport;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * The profile of the test against an Elasticsearch with security and HTTPS on ({@link ElasticsearchTestResource}
 * with {@code security=tls}), in place of the run's plain node.
 */
public class SecuredElasticsearch implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(
                new TestResourceEntry(ElasticsearchTestResource.class,
                        Map.of(ElasticsearchTestResource.SECURITY, ElasticsearchTestResource.TLS)),
                new TestResourceEntry(OidcWiremockTestResource.class));
    }

    @Override
    public boolean disableGlobalTestResources() {
        return true;
    }
}
