package cn.wenzhou.fashion.search;

import static cn.wenzhou.fashion.testsupport.Fixtures.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.elasticsearch.client.Request;
import org.elasticsearch.client.RestClient;
import org.hibernate.search.backend.elasticsearch.ElasticsearchBackend;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.junit.jupiter.api.Test;

import cn.wenzhou.fashion.testsupport.IndexingBacklog;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/**
 * A change that Elasticsearch refuses (here: its index closed, a failure that is not an unavailable cluster) is
 * retried with a growing delay, then kept as failed, shown to admins, in the search health check and in the metrics,
 * and indexed when an admin retries it. A change that cannot be applied at all ends as failed without holding the
 * others back, and the needs of a changed enterprise whose documents fail become changes of their own.
 */
@QuarkusTest
@TestSecurity(user = "failures-admin", roles = "admin")
class IndexFailuresTest {

    @Inject
    SearchMapping mapping;

    @Inject
    IndexEventProcessor processor;

    @Inject
    EntityManager em;

    @Test
    void aRefusedChangeIsRetriedThenKeptAsFailedUntilAnAdminRetriesIt() throws IOException {
        String externalId = unique("blocked");
        close("designer-write", true);
        long id;
        try {
            id = given().noFilters().contentType("application/json").body("""
                    {"externalId":"%s","name":"写入受阻设计师 blockedwrite","industries":["FOOTWEAR"],
                     "location":{"country":"CN","city":"温州市","district":"LUCHENG"}}""".formatted(externalId))
                    .when().post("/api/designers").then().statusCode(201).extract().jsonPath().getLong("id");
            IndexingBacklog.awaitUntil(backlog -> backlog.failed() == 1 && backlog.pending() == 0, "the change kept as failed");
        } finally {
            close("designer-write", false);
        }

        given().when().get("/api/admin/index-events").then().statusCode(200)
                .body("failedChanges", equalTo(1))
                .body("failed[0].kind", equalTo("designer"))
                .body("failed[0].recordId", equalTo((int) id))
                .body("failed[0].attempts", equalTo(5))
                .body("failed[0].lastError", containsString("index_closed_exception"));
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

    /**
     * Issue 16 review: a change whose indexing throws before any document is written (here a row naming a kind that
     * has no index) used to stop the outbox for good, retrying the same batch every poll; it is charged alone and ends
     * as failed while the change beside it is applied.
     */
    @Test
    void aChangeThatCannotBeAppliedAtAllEndsFailedWithoutHoldingTheOthersBack() throws Exception {
        Long poison = QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery("insert into index_event (kind, record_id, created_at, next_attempt_at)"
                    + " values ('VOUCHER', -7, current_timestamp, current_timestamp)").executeUpdate();
            return ((Number) em.createNativeQuery("select max(id) from index_event").getSingleResult()).longValue();
        });
        try {
            String externalId = unique("poison");
            given().noFilters().contentType("application/json").body("""
                    {"externalId":"%s","name":"毒丸旁的设计师 besidepoison","industries":["FOOTWEAR"],
                     "location":{"country":"CN","city":"温州市","district":"LUCHENG"}}""".formatted(externalId))
                    .when().post("/api/designers").then().statusCode(201);
            IndexingBacklog.awaitUntil(backlog -> backlog.failed() == 1 && backlog.pending() == 0, "the poison kept as failed");

            given().queryParam("q", "besidepoison").when().get("/api/search").then().statusCode(200)
                    .body("items.externalId", hasItem(externalId));
            given().when().get("/api/admin/index-events").then().statusCode(200)
                    .body("failedChanges", equalTo(1))
                    .body("failed[0].kind", equalTo("voucher"))
                    .body("failed[0].recordId", equalTo(-7))
                    .body("failed[0].attempts", equalTo(5));
        } finally {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("delete from index_event where id = :id")
                    .setParameter("id", poison).executeUpdate());
        }
    }

    /**
     * Issue 16 review: an enterprise's change rewrites its needs' documents (they carry its district); when those fail,
     * the needs used to stay stale with nothing left to retry them. They become changes of their own.
     */
    @Test
    void needsOfAChangedEnterpriseWhoseDocumentsFailBecomeChangesOfTheirOwn() throws IOException {
        String word = "dependent" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "x");
        long enterprise = given().contentType("application/json").body(enterprise("鹿城鞋业 " + word, "LUCHENG"))
                .when().post("/api/enterprises").then().statusCode(201).extract().jsonPath().getLong("id");
        long need = given().contentType("application/json").body("""
                {"enterpriseId":%d,"title":"%s 皮鞋开胶","industries":["FOOTWEAR"],"categories":["PROCESS_TECH"]}""".formatted(enterprise, word))
                .when().post("/api/needs").then().statusCode(201).extract().jsonPath().getLong("id");
        given().queryParam("q", word).queryParam("kind", "need").queryParam("district", "LUCHENG").when().get("/api/search")
                .then().statusCode(200).body("total", equalTo(1));

        close("need-write", true);
        try {
            given().noFilters().contentType("application/json").body(enterprise("瓯海鞋业 " + word, "OUHAI"))
                    .when().put("/api/enterprises/{id}", enterprise).then().statusCode(200);
            IndexingBacklog.awaitUntil(backlog -> backlog.failed() == 1 && backlog.pending() == 0, "the need's change kept as failed");
        } finally {
            close("need-write", false);
        }
        given().when().get("/api/admin/index-events").then().statusCode(200)
                .body("failed[0].kind", equalTo("need")).body("failed[0].recordId", equalTo((int) need));

        given().when().post("/api/admin/index-events/retry").then().statusCode(200).body("retried", equalTo(1));
        IndexingBacklog.awaitEmpty();
        given().queryParam("q", word).queryParam("kind", "need").queryParam("district", "OUHAI").when().get("/api/search")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo((int) need));
    }

    private static String enterprise(String name, String district) {
        return """
                {"name":"%s","industries":["FOOTWEAR"],"district":"%s","size":"SMALL","description":"生产皮鞋"}""".formatted(name, district);
    }

    /** Closes the index behind an alias (its documents are then refused one by one), or opens it again. */
    private void close(String alias, boolean closed) throws IOException {
        RestClient client = mapping.backend().unwrap(ElasticsearchBackend.class).client(RestClient.class);
        String index;
        try (var body = client.performRequest(new Request("GET", "/" + alias + "/_alias")).getEntity().getContent()) {
            index = new com.fasterxml.jackson.databind.ObjectMapper().readTree(body).fieldNames().next();
        }
        client.performRequest(new Request("POST", "/" + index + (closed ? "/_close" : "/_open")));
        if (!closed) {
            client.performRequest(new Request("GET", "/_cluster/health/" + index + "?wait_for_status=yellow&timeout=30s"));
        }
    }
}
