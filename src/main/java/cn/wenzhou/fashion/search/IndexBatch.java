package cn.wenzhou.fashion.search;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.search.engine.common.EntityReference;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.hibernate.search.mapper.pojo.work.SearchIndexingPlanExecutionReport;

import cn.wenzhou.fashion.domain.IndexEvent;
import cn.wenzhou.fashion.domain.IndexEvents;
import cn.wenzhou.fashion.domain.LibraryRecord;
import cn.wenzhou.fashion.domain.RecordKind;
import cn.wenzhou.fashion.domain.Records;
import io.quarkus.narayana.jta.QuarkusTransaction;
import lombok.RequiredArgsConstructor;

/**
 * Applies the oldest due changes of the index outbox in one transaction: indexes each changed record as the
 * database has it now (or removes its document when the record is gone), in one bulk request, then deletes the
 * applied rows. Hibernate Search's own listeners are off (application.properties), so this is the only way a change
 * reaches the index besides a full reindex. Indexing a record again is harmless, so a row applied twice (the
 * transaction failing after the bulk request) changes nothing.
 */
@ApplicationScoped
@RequiredArgsConstructor
class IndexBatch {

    private static final int MAX_ERROR_LENGTH = 1000;

    private final IndexEvents events;
    private final Records records;
    private final EntityManager em;
    private final IndexingSettings settings;
    private final Clock clock;

    /** What a batch did: changes applied, changes that failed, and whether the cluster was unreachable. */
    record Outcome(int applied, int failed, boolean unavailable, String error) {

        static final Outcome NOTHING_DUE = new Outcome(0, 0, false, null);
    }

    Outcome applyNext() {
        return QuarkusTransaction.requiringNew().call(this::apply);
    }

    private Outcome apply() {
        List<IndexEvent> due = events.due(settings.batchSize());
        if (due.isEmpty()) {
            return Outcome.NOTHING_DUE;
        }
        Map<RecordKind, Set<Long>> changed = new EnumMap<>(RecordKind.class);
        due.forEach(event -> changed.computeIfAbsent(event.kind, kind -> new TreeSet<>()).add(event.recordId));

        SearchSession session = Search.session(em);
        var report = new AtomicReference<SearchIndexingPlanExecutionReport>();
        session.indexingPlanSynchronizationStrategy(context -> context.indexingFutureHandler(future -> report.set(future.join())));
        SearchIndexingPlan plan = session.indexingPlan();
        changed.forEach((kind, ids) -> {
            Map<Long, ? extends LibraryRecord> found = records.byIds(kind.entity(), ids);
            for (Long id : ids) {
                LibraryRecord record = found.get(id);
                if (record == null) {
                    plan.purge(kind.entity(), id, null);
                } else {
                    // Also reindexes what embeds the record (an enterprise's district is in its needs' documents).
                    plan.addOrUpdate(record);
                }
            }
        });

        Throwable failure;
        Set<String> failing = new HashSet<>();
        try {
            plan.execute();
            failure = report.get().throwable().orElse(null);
            report.get().failingEntities().forEach(entity -> failing.add(key(entity)));
            // Searchable once the batch is done (the processor then drops the results kept for reuse): one refresh
            // of every index (an enterprise's change reaches its needs' index too) per batch, not one per bulk request.
            session.workspace().refresh();
        } catch (RuntimeException e) {
            failure = e;
        }
        if (failure != null && (failing.isEmpty() || ClusterUnavailable.isCause(failure))) {
            return allFailed(due, failure);
        }
        return settle(due, changed, failing, failure);
    }

    private Outcome allFailed(List<IndexEvent> due, Throwable failure) {
        if (ClusterUnavailable.isCause(failure)) {
            events.postpone(due.stream().map(event -> event.id).toList(), clock.instant().plus(settings.unavailableRetryDelay()));
            return new Outcome(0, due.size(), true, message(failure));
        }
        due.forEach(event -> failedAttempt(event, failure));
        return new Outcome(0, due.size(), false, message(failure));
    }

    private Outcome settle(List<IndexEvent> due, Map<RecordKind, Set<Long>> changed, Set<String> failing, Throwable failure) {
        List<Long> applied = new ArrayList<>();
        for (IndexEvent event : due) {
            if (failing.contains(event.kind.name() + ":" + event.recordId)) {
                failedAttempt(event, failure);
            } else {
                applied.add(event.id);
            }
        }
        events.applied(applied);
        changed.forEach((kind, ids) -> events.supersedeFailed(kind,
                ids.stream().filter(id -> !failing.contains(kind.name() + ":" + id)).toList()));
        return new Outcome(applied.size(), due.size() - applied.size(), false, failure == null ? null : message(failure));
    }

    private void failedAttempt(IndexEvent event, Throwable failure) {
        event.attempts++;
        event.failed = event.attempts >= settings.maxAttempts();
        event.lastError = message(failure);
        Duration wait = settings.retryDelay().multipliedBy(1L << Math.min(event.attempts - 1, 20));
        event.nextAttemptAt = clock.instant().plus(wait);
    }

    private static String key(EntityReference entity) {
        return RecordKind.of(entity.type()).name() + ":" + entity.id();
    }

    private static String message(Throwable failure) {
        String message = failure.getMessage() == null ? failure.getClass().getName() : failure.getMessage();
        return message.length() <= MAX_ERROR_LENGTH ? message : message.substring(0, MAX_ERROR_LENGTH);
    }
}
