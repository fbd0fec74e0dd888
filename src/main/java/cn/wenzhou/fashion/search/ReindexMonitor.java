package cn.wenzhou.fashion.search;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingType;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingTypeGroupMonitor;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingTypeGroupMonitorContext;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingTypeGroupMonitorCreateContext;

import cn.wenzhou.fashion.domain.RecordKind;

/**
 * Counts what one reindex's mass indexer reports, from its threads, for {@link ReindexProgress}: documents added,
 * the total of each kind as the kind starts (Hibernate Search counts them then), the kinds finished.
 */
final class ReindexMonitor implements MassIndexingMonitor {

    private final Clock clock;
    private final Instant startedAt;
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong total = new AtomicLong();
    private final List<String> kindsFinished = new CopyOnWriteArrayList<>();
    private volatile Instant finishedAt;
    private volatile String failure;

    ReindexMonitor(Clock clock) {
        this.clock = clock;
        this.startedAt = clock.instant();
    }

    @Override
    public MassIndexingTypeGroupMonitor typeGroupMonitor(MassIndexingTypeGroupMonitorCreateContext group) {
        return new MassIndexingTypeGroupMonitor() {
            @Override
            public void indexingStarted(MassIndexingTypeGroupMonitorContext context) {
                total.addAndGet(context.totalCount().orElse(0));
            }

            @Override
            public void documentsIndexed(long increment) {
                // counted by documentsAdded, which every group reports
            }

            @Override
            public void indexingCompleted(MassIndexingTypeGroupMonitorContext context) {
                group.includedTypes().stream().map(ReindexMonitor::kindCode).forEach(kindsFinished::add);
            }
        };
    }

    @Override
    public void documentsAdded(long increment) {
        done.addAndGet(increment);
    }

    @Override
    public void documentsBuilt(long increment) {
        // only documents written count as done
    }

    @Override
    public void entitiesLoaded(long increment) {
        // only documents written count as done
    }

    @Override
    public void indexingCompleted() {
        // the reindex goes on with merging the segments: it finishes with finished()
    }

    /** The whole reindex is over: done, or failed with {@code why}. */
    void finished(String why) {
        failure = why;
        finishedAt = clock.instant();
    }

    ReindexProgress progress() {
        Instant end = finishedAt;
        return new ReindexProgress(end == null, done.get(), total.get(), List.copyOf(kindsFinished), startedAt, end,
                end == null ? null : Duration.between(startedAt, end).toMillis(), failure);
    }

    private static String kindCode(MassIndexingType type) {
        return RecordKind.INDEXED.stream().filter(kind -> kind.entity().getSimpleName().equals(type.entityName())).findFirst()
                .map(RecordKind::code).orElse(type.entityName());
    }
}
