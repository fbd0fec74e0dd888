package cn.wenzhou.fashion.search;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

import cn.wenzhou.fashion.domain.IndexEvents;
import cn.wenzhou.fashion.domain.RecordsIndexed;

import lombok.RequiredArgsConstructor;

/**
 * Builds processors of the index outbox beside the application's, on its database and cluster, as other instances of
 * the service would run them: with a lease holder of their own, and the batch, settings and clock a test gives them.
 */
@ApplicationScoped
@RequiredArgsConstructor
class OtherInstances {

    private final IndexBatch batch;
    private final IndexEvents events;
    private final IndexSchema schema;
    private final LibraryGeneration generation;
    private final IndexingSettings settings;
    private final IndexOutboxMetrics metrics;
    private final LibraryIndexes indexes;
    private final Clock clock;
    private final Event<RecordsIndexed> indexed;

    /** Another instance's processor, configured as the application's. */
    IndexEventProcessor processor() {
        return processor(batch, settings, clock);
    }

    IndexEventProcessor processor(IndexBatch itsBatch, IndexingSettings itsSettings, Clock itsClock) {
        return new IndexEventProcessor(itsBatch, events, schema, generation, itsSettings, metrics, indexes,
                new OutboxLease(events, itsSettings), itsClock, indexed);
    }

    IndexEvents events() {
        return events;
    }

    IndexingSettings settings() {
        return settings;
    }

    Clock clock() {
        return clock;
    }
}
