package cn.wenzhou.fashion.testsupport;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * Declares the resources every @QuarkusTest shares: one embedded Elasticsearch per test run, and a WireMock
 * OIDC server whose keys sign the tokens of {@link Tokens}.
 */
@QuarkusTestResource(ElasticsearchTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
public final class TestResources {

    private TestResources() {
    }
}
