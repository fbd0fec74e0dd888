package cn.wenzhou.fashion.search;

import static cn.wenzhou.fashion.testsupport.Fixtures.uniqueWord;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import cn.wenzhou.fashion.domain.IndexEvents;
import cn.wenzhou.fashion.domain.RecordKind;
import cn.wenzhou.fashion.domain.Records;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/**
 * Indexing an enterprise writes its needs' documents again (they hold its district); the needs' own waiting changes
 * are then applied by that batch too, instead of indexing each need a second time (as a bulk import used to: it
 * creates an enterprise's needs while the enterprise's change waits).
 */
@QuarkusTest
@TestSecurity(user = "embedded-needs-admin", roles = "admin")
class NeedsIndexedWithTheirEnterpriseTest {

    private static final String HOLDER = "needs-with-enterprise-test";

    @Inject
    IndexEvents events;
    @Inject
    Records records;
    @Inject
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    IndexEventProcessor processor;
    @Inject
    IndexedTerms indexedTerms;

    @Test
    void aBatchOfOneEnterpriseAppliesTheWaitingChangesOfItsNeeds() {
        String word = uniqueWord("embedded");
        takeLease();
        try {
            long enterprise = create("/api/enterprises", """
                    {"name":"鹿城鞋业 %s","industries":["FOOTWEAR"],"district":"LUCHENG","size":"SMALL","description":"生产皮鞋"}"""
                    .formatted(word));
            long first = create("/api/needs", need(enterprise, word + " 皮鞋开胶"));
            long second = create("/api/needs", need(enterprise, word + " 鞋底防滑"));
            var oneAtATime = new IndexBatch(events, records, em,
                    new TestIndexingSettings(Duration.ofSeconds(60), Duration.ofSeconds(30), Duration.ZERO, 1), clock, indexedTerms);

            IndexBatch.Outcome outcome = oneAtATime.applyNext();

            assertThat(outcome.applied()).isEqualTo(3);
            assertThat(outcome.failed()).isZero();
            assertThat(outcome.indexed()).isEqualTo(Map.of(RecordKind.ENTERPRISE, Set.of(enterprise), RecordKind.NEED, Set.of(first, second)));
            assertThat(QuarkusTransaction.requiringNew().call(() -> events.backlog().pending())).isZero();
            given().queryParam("q", word).queryParam("kind", "need").queryParam("district", "LUCHENG").when().get("/api/search")
                    .then().statusCode(200).body("total", equalTo(2)).body("items.id", containsInAnyOrder((int) first, (int) second));
            assertThat(oneAtATime.applyNext()).isEqualTo(IndexBatch.Outcome.NOTHING_DUE);
        } finally {
            QuarkusTransaction.requiringNew().run(() -> events.releaseLease(HOLDER));
        }
    }

    /** The application's processor stays away while this test applies the outbox itself, one change per batch. */
    private void takeLease() {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        do {
            processor.releaseLease();
        } while (!QuarkusTransaction.requiringNew().call(() -> events.holdLease(HOLDER, 120)) && System.nanoTime() < deadline);
        assertThat(QuarkusTransaction.requiringNew().call(() -> events.leaseHolder())).contains(HOLDER);
    }

    /** Created without waiting for the outbox, which this test holds. */
    private static long create(String path, String body) {
        return given().noFilters().contentType("application/json").body(body).when().post(path).then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    private static String need(long enterprise, String title) {
        return """
                {"enterpriseId":%d,"title":"%s","industries":["FOOTWEAR"],"categories":["PROCESS_TECH"]}""".formatted(enterprise, title);
    }
}
