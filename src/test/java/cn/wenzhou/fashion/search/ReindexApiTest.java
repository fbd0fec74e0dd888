package cn.wenzhou.fashion.search;

import static cn.wenzhou.fashion.testsupport.Fixtures.create;
import static cn.wenzhou.fashion.testsupport.Fixtures.institution;
import static cn.wenzhou.fashion.testsupport.Fixtures.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.junit.jupiter.api.Test;

import cn.wenzhou.fashion.domain.Institution;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

@QuarkusTest
// Not about access rules (security.* tests are): runs as an admin, who may do everything.
@TestSecurity(user = "test-admin", roles = "admin")
class ReindexApiTest {

    @Inject
    SearchMapping mapping;

    @Inject
    LibraryGeneration generation;

    @ConfigProperty(name = "quarkus.hibernate-search-orm.elasticsearch.hosts")
    String node;

    @Test
    void reindexRebuildsTheIndexesFromTheDatabase() {
        String externalId = unique("inst");
        create("/api/institutions", institution(externalId, "重建索引测试检测中心"));
        // Lose the index: the record is in the database only, as after a lost or restored cluster.
        mapping.scope(Institution.class).schemaManager().dropAndCreate();
        generation.advance();
        given().queryParam("q", "重建索引测试").queryParam("kind", "institution").when().get("/api/search")
                .then().statusCode(200).body("items.externalId", not(hasItem(externalId)));

        given().when().post("/api/admin/reindex").then().statusCode(200).body("millis", greaterThanOrEqualTo(0));
        given().queryParam("q", "重建索引测试").queryParam("kind", "institution").when().get("/api/search")
                .then().statusCode(200).body("items.externalId", hasItem(externalId));
    }

    @Test
    void reindexedIndexesKeepTheConfiguredReplicas() throws Exception {
        given().when().post("/api/admin/reindex").then().statusCode(200);

        // The test profile's library.elasticsearch.replicas; an index created anew has Elasticsearch's default, 1.
        for (String index : new String[] { "institution-read", "designer-read", "enterprise-read", "need-read" }) {
            String replicas = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://" + node + "/" + index + "/_settings/index.number_of_replicas")).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            assertThat(replicas).as(index).contains("\"number_of_replicas\":\"0\"");
        }
    }
}
