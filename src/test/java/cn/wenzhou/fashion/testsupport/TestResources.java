package cn.wenzhou.fashion.testsupport;

import io.quarkus.test.common.QuarkusTestResource;

/** Declares the resources every @QuarkusTest shares: one embedded Elasticsearch per test run. */
@QuarkusTestResource(ElasticsearchTestResource.class)
public final class TestResources {

    private TestResources() {
    }
}
