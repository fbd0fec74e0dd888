package cn.wenzhou.fashion.search;

import static cn.wenzhou.fashion.testsupport.Fixtures.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import cn.wenzhou.fashion.testsupport.IndexingBacklog;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/**
 * Issue 16 review: a full reindex is one across all instances and pauses the outbox while it runs. A reindex running
 * on another instance (its claim made here, as that instance would) refuses a second one with 409, and the
 * processors leave the changes made meanwhile to after it, so that none writes an older document over its fresh ones.
 */
@QuarkusTest
@TestSecurity(user = "reindex-lease-admin", roles = "admin")
class ReindexLeaseTest {

    private static final String ELSEWHERE = "reindex-on-another-instance";

    @Inject
    OutboxLease lease;
    @Inject
    IndexEventProcessor processor;
    @Inject
    Reindexer reindexer;

    @Test
    void aReindexElsewhereRefusesASecondOneAndHoldsTheOutboxUntilItEnds() {
        assertThat(lease.claimReindex(ELSEWHERE)).isTrue();
        String externalId = unique("during-reindex");
        try {
            given().when().post("/api/admin/reindex").then().statusCode(409).contentType("application/problem+json")
                    .body("status", equalTo(409));
            assertThat(reindexer.start()).as("a reindex started from the dashboard").isFalse();

            given().noFilters().contentType("application/json").body("""
                    {"externalId":"%s","name":"重建期间的设计师 duringreindex","industries":["FOOTWEAR"],
                     "location":{"country":"CN","city":"温州市","district":"LUCHENG"}}""".formatted(externalId))
                    .when().post("/api/designers").then().statusCode(201);
            processor.drain();
            assertThat(processor.backlog().pending()).as("changes waiting for the reindex to end").isGreaterThanOrEqualTo(1);
            given().queryParam("q", "duringreindex").when().get("/api/search").then().statusCode(200)
                    .body("items.externalId", not(hasItem(externalId)));
        } finally {
            lease.release(ELSEWHERE);
        }
        IndexingBacklog.awaitEmpty();
        given().queryParam("q", "duringreindex").when().get("/api/search").then().statusCode(200)
                .body("items.externalId", hasItem(externalId));
        given().when().post("/api/admin/reindex").then().statusCode(200);
    }
}
