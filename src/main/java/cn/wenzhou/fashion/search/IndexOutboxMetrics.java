package cn.wenzhou.fashion.search;

import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

import cn.wenzhou.fashion.domain.IndexBacklog;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The index outbox in /q/metrics: {@code library_index_events{state="pending"|"failed"}} as last seen by this
 * instance's processor (every poll), and how many changes it applied and how many attempts failed. An alert on
 * failed &gt; 0, or on pending growing while Elasticsearch is up, calls for an admin.
 */
@ApplicationScoped
class IndexOutboxMetrics {

    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final Counter applied;
    private final Counter failedAttempts;

    IndexOutboxMetrics(MeterRegistry registry) {
        Gauge.builder("library.index.events", pending, AtomicLong::get).tag("state", "pending")
                .description("Changes waiting to be applied to the index").register(registry);
        Gauge.builder("library.index.events", failed, AtomicLong::get).tag("state", "failed")
                .description("Changes whose indexing failed after every attempt, until an admin retries them").register(registry);
        applied = Counter.builder("library.index.events.applied").description("Changes applied to the index by this instance").register(registry);
        failedAttempts = Counter.builder("library.index.events.failed.attempts")
                .description("Attempts to apply a change that failed for another reason than an unreachable cluster").register(registry);
    }

    void backlog(IndexBacklog backlog) {
        pending.set(backlog.pending());
        failed.set(backlog.failed());
    }

    void batch(IndexBatch.Outcome outcome) {
        applied.increment(outcome.applied());
        if (!outcome.unavailable()) {
            failedAttempts.increment(outcome.failed());
        }
    }
}
