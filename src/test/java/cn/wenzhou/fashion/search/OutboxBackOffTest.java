package cn.wenzhou.fashion.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.Response;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.wenzhou.fashion.domain.IndexBacklog;
import cn.wenzhou.fashion.domain.RecordKind;
import cn.wenzhou.fashion.domain.RecordsIndexed;
import cn.wenzhou.fashion.testsupport.FiredEvents;
import cn.wenzhou.fashion.testsupport.SettableClock;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * Issue 16 review, the load while Elasticsearch is away: the processor waits 1 s, 2 s, 4 s ... up to the configured
 * most between reads of the outbox while the cluster is unavailable, and from the first change applied again reads
 * it every poll; the backlog figures are counted at most once per refresh; the health check never throws.
 */
class OutboxBackOffTest {

    private static final Instant START = Instant.parse("2026-11-29T00:00:00Z");
    private final SettableClock clock = new SettableClock(START);
    private final IndexingSettings settings = new TestIndexingSettings(Duration.ofSeconds(60), Duration.ofSeconds(30), Duration.ofSeconds(10));
    private final FiredEvents<RecordsIndexed> indexed = new FiredEvents<>();

    /** A batch that answers what the test lines up, one outcome per call. */
    private static final class ScriptedBatch extends IndexBatch {
        private final List<Outcome> outcomes = new ArrayList<>();

        ScriptedBatch() {
            super(null, null, null, null, null, null);
        }

        @Override
        Outcome applyNext() {
            return outcomes.remove(0);
        }
    }

    private IndexEventProcessor processor(ScriptedBatch batch) {
        IndexSchema ready = new IndexSchema(null, null, null) {
            @Override
            public boolean ready() {
                return true;
            }
        };
        OutboxLease held = new OutboxLease(null, settings) {
            @Override
            public boolean hold(String holder) {
                return true;
            }

            @Override
            public Future<?> keepRenewed(String holder) {
                return CompletableFuture.completedFuture(null);
            }
        };
        return new IndexEventProcessor(batch, null, ready, new LibraryGeneration(), settings,
                new IndexOutboxMetrics(new SimpleMeterRegistry()), null, held, clock, indexed);
    }

    @Test
    void whileTheClusterIsUnavailableTheOutboxIsReadAfterAGrowingWaitUpToItsMostAndTheFirstAppliedBatchIsAnnounced() {
        ScriptedBatch batch = new ScriptedBatch();
        IndexEventProcessor processor = processor(batch);
        IndexBatch.Outcome rejected = new IndexBatch.Outcome(0, 3, true, false, "429 es_rejected_execution_exception", Map.of());
        List<Duration> waits = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            batch.outcomes.add(rejected);
            processor.drain();
            waits.add(Duration.between(clock.instant(), processor.backOffUntil()));
            clock.advance(Duration.ofMillis(10));
        }
        assertThat(waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8),
                Duration.ofSeconds(16), Duration.ofSeconds(30), Duration.ofSeconds(30));
        assertThat(indexed.fired()).as("nothing was made searchable while the cluster was away").isEmpty();

        Map<RecordKind, Set<Long>> applied = Map.of(RecordKind.NEED, Set.of(7L, 8L), RecordKind.EVENT, Set.of(3L));
        batch.outcomes.add(new IndexBatch.Outcome(3, 0, false, false, null, applied));
        batch.outcomes.add(IndexBatch.Outcome.NOTHING_DUE);
        processor.drain();
        assertThat(processor.backOffUntil()).as("reads every poll again").isNull();
        assertThat(indexed.fired()).containsExactly(new RecordsIndexed(
                Map.of(RecordKind.NEED, Set.of(7L, 8L), RecordKind.EVENT, Set.of(3L))));
    }

    @Test
    void theBacklogIsCountedAtMostOncePerRefresh() {
        AtomicInteger counted = new AtomicInteger();
        RecentBacklog backlog = new RecentBacklog(() -> new IndexBacklog(counted.incrementAndGet(), 0, null), Duration.ofSeconds(10), clock);

        assertThat(backlog.get().pending()).isEqualTo(1);
        clock.advance(Duration.ofSeconds(9));
        assertThat(backlog.get().pending()).isEqualTo(1);
        clock.advance(Duration.ofSeconds(1));
        assertThat(backlog.get().pending()).isEqualTo(2);
        assertThat(counted).hasValue(2);
    }

    @Test
    void theHealthCheckIsDownWithAReasonWhenTheDatabaseDoesNotAnswer() {
        IndexEventProcessor noDatabase = new IndexEventProcessor(null, null, null, null, settings, null, null, null, clock, null) {
            @Override
            public IndexBacklog recentBacklog() {
                throw new IllegalStateException("Acquisition timeout while waiting for new connection");
            }
        };
        LibraryIndexes green = new LibraryIndexes(null) {
            @Override
            Response perform(Request request) {
                throw new AssertionError("not reached: the outbox is read first");
            }
        };
        HealthCheckResponse response = new ElasticsearchHealthCheck(green, new ObjectMapper(), new IndexSchema(null, null, null), noDatabase)
                .call();

        assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat(response.getData().orElseThrow().get("error").toString())
                .isEqualTo("index outbox not read: Acquisition timeout while waiting for new connection");
    }
}
