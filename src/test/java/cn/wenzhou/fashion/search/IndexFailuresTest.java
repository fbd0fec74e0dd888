package cn.wenzhou.fashion.search;

import static cn.wenzhou.fashion.testsupport.Fixtures.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.io.IOException;

import jakarta.inject.Inject;

import org.elasticsearch.client.Request;
import org.elasticsearch.client.RestClient;
import org.hibernate.search.backend.elasticsearch.ElasticsearchBackend;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.junit.jupiter.api.Test;

import cn.wenzhou.fashion.testsupport.IndexingBacklog;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/**
 * A change that Elasticsearch refuses (here: its index blocked for writes, a failure that is not an unreachable
 * cluster) is retried with a growing delay, then kept as failed, shown to admins, in the search health check and in
 * the metrics, and indexed when an admin retries it.
 */
@QuarkusTest
@TestSecurity(user = "failures-admin", roles = "admin")
class IndexFailuresTest {

    @Inject
    SearchMapping mapping;

    @Inject
    IndexEventProcessor processor;

    @Test
    void aRefusedChangeIsRetriedThenKeptAsFailedUntilAnAdminRetriesIt() throws IOException {
        String externalId = unique("blocked");
        blockWrites("designer-write", true);
        long id;
        try {
            id = given().noFilters().contentType("application/json").body("""
                    {"externalId":"%s","name":"写入受阻设计师 blockedwrite","industries":["FOOTWEAR"],
                     "location":{"country":"CN","city":"温州市","district":"LUCHENG"}}""".formatted(externalId))
                    .when().post("/api/designers").then().statusCode(201).extract().jsonPath().getLong("id");
            IndexingBacklog.awaitUntil(backlog -> backlog.failed() == 1 && backlog.pending() == 0, "the change kept as failed");
        } finally {
            blockWrites("designer-write", false);
        }

        given().when().get("/api/admin/index-events").then().statusCode(200)
                .body("failedChanges", equalTo(1))
                .body("failed[0].kind", equalTo("designer"))
                .body("failed[0].recordId", equalTo((int) id))
                .body("failed[0].attempts", equalTo(5))
                .body("failed[0].lastError", containsString("cluster_block_exception"));
        given().when().get("/q/health/group/elasticsearch").then().statusCode(200)
                .body("checks[0].data.failedChanges", equalTo(1));
        processor.poll();
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("library_index_events{state=\"failed\"} 1.0"));
        given().queryParam("q", "blockedwrite").when().get("/api/search").then().statusCode(200)
                .body("items.externalId", not(hasItem(externalId)));

        given().when().post("/api/admin/index-events/retry").then().statusCode(200).body("retried", equalTo(1));
        IndexingBacklog.awaitEmpty();
        given().queryParam("q", "blockedwrite").when().get("/api/search").then().statusCode(200)
                .body("items.externalId", hasItem(externalId));
        given().when().get("/api/admin/index-events").then().statusCode(200)
                .body("pendingChanges", equalTo(0)).body("failedChanges", equalTo(0));
    }

    @Test
    @TestSecurity(user = "failures-designer", roles = "designer")
    void onlyAdminsSeeOrRetryFailedChanges() {
        given().when().get("/api/admin/index-events").then().statusCode(403);
        given().when().post("/api/admin/index-events/retry").then().statusCode(403);
    }

    private void blockWrites(String index, boolean blocked) throws IOException {
        Request request = new Request("PUT", "/" + index + "/_settings");
        request.setJsonEntity("{\"index.blocks.write\":" + blocked + "}");
        mapping.backend().unwrap(ElasticsearchBackend.class).client(RestClient.class).performRequest(request);
    }
}
