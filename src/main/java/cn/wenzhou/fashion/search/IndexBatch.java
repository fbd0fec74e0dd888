package cn.wenzhou.fashion.search;

import java.time.Clock;
import java.time.Instant;
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

import cn.wenzhou.fashion.domain.Enterprise;
import cn.wenzhou.fashion.domain.IndexEvent;
import cn.wenzhou.fashion.domain.IndexEvents;
import cn.wenzhou.fashion.domain.LibraryRecord;
import cn.wenzhou.fashion.domain.RecordKind;
import cn.wenzhou.fashion.domain.Records;
import io.quarkus.narayana.jta.QuarkusTransaction;
import lombok.RequiredArgsConstructor;

/**
 * Applies the oldest due changes of the index outbox: indexes each changed record as the database has it now (or
 * removes its document when the record is gone), in one bulk request and one transaction, then deletes the applied
 * rows. Hibernate Search's own listeners are off (application.properties), so this is the only way a change reaches
 * the index besides a full reindex. Indexing a record again is harmless, so a row applied twice (the transaction
 * failing after the bulk request) changes nothing.
 * <p>
 * When the batch fails as a whole without naming the records at fault (an exception anywhere, a failure of the
 * request), its changes are tried again one by one, so that only the guilty ones are charged an attempt and a
 * poison change ends as failed instead of holding the others back. Attempts are counted in a transaction of their
 * own: the rollback of the failed work does not undo them. An unreachable cluster charges nothing.
 */
@ApplicationScoped
@RequiredArgsConstructor
class IndexBatch {

    private static final int MAX_ERROR_LENGTH = 1000;
    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(IndexBatch.class);

    private final IndexEvents events;
    private final Records records;
    private final EntityManager em;
    private final IndexingSettings settings;
    private final Clock clock;
    private final IndexedTerms indexedTerms;

    /**
     * What a batch did: changes applied, changes that failed or (cluster unavailable) wait, whether the cluster was
     * unavailable, whether it did not answer at all, and the records whose changes were applied.
     */
    record Outcome(int applied, int failed, boolean unavailable, boolean unreachable, String error, Map<RecordKind, Set<Long>> indexed) {

        static final Outcome NOTHING_DUE = new Outcome(0, 0, false, false, null, Map.of());

        static Outcome of(List<Change> applied, int failed, Throwable failure) {
            return new Outcome(applied.size(), failed, false, false, message(failure), Change.byKind(applied));
        }
    }

    /** A change to apply, read in one transaction and applied in another. */
    private record Change(Long id, RecordKind kind, Long recordId) {

        static Change of(IndexEvent event) {
            return new Change(event.id, event.kind, event.recordId);
        }

        String key() {
            return kind.name() + ":" + recordId;
        }

        static Map<RecordKind, Set<Long>> byKind(List<Change> changes) {
            Map<RecordKind, Set<Long>> ids = new EnumMap<>(RecordKind.class);
            changes.forEach(change -> ids.computeIfAbsent(change.kind(), kind -> new TreeSet<>()).add(change.recordId()));
            return ids;
        }
    }

    /**
     * What one attempt at some changes did: how many were applied, which failed, and why; or, when {@code whole} is
     * set, that none was applied because the attempt failed as a whole.
     */
    private record Attempt(List<Change> applied, List<Change> failing, Throwable failure, boolean whole) {

        static Attempt whole(Throwable failure) {
            return new Attempt(List.of(), List.of(), failure, true);
        }
    }

    Outcome applyNext() {
        List<Change> due = QuarkusTransaction.requiringNew()
                .call(() -> events.due(settings.batchSize()).stream().map(Change::of).toList());
        if (due.isEmpty()) {
            return Outcome.NOTHING_DUE;
        }
        Attempt together = attempt(due);
        if (together.whole() && ClusterUnavailable.isCause(together.failure())) {
            return postponed(due, List.of(), together.failure());
        }
        if (!together.whole()) {
            charge(together.failing(), together.failure());
            return Outcome.of(together.applied(), together.failing().size(), together.failure());
        }
        if (due.size() == 1) {
            charge(due, together.failure());
            return Outcome.of(List.of(), 1, together.failure());
        }
        return oneByOne(due);
    }

    /** The batch failed as a whole: each change alone, so that only those at fault are charged. */
    private Outcome oneByOne(List<Change> due) {
        List<Change> applied = new ArrayList<>();
        int failed = 0;
        Throwable last = null;
        for (int i = 0; i < due.size(); i++) {
            Change change = due.get(i);
            Attempt alone = attempt(List.of(change));
            if (alone.whole() && ClusterUnavailable.isCause(alone.failure())) {
                return postponed(due.subList(i, due.size()), applied, alone.failure());
            }
            List<Change> failing = alone.whole() ? List.of(change) : alone.failing();
            charge(failing, alone.failure());
            applied.addAll(alone.applied());
            failed += failing.size();
            last = alone.failure() == null ? last : alone.failure();
        }
        return Outcome.of(applied, failed, last);
    }

    private Outcome postponed(List<Change> changes, List<Change> applied, Throwable failure) {
        Instant next = clock.instant().plus(settings.unavailableRetryDelay());
        QuarkusTransaction.requiringNew().run(() -> events.postpone(changes.stream().map(Change::id).toList(), next));
        return new Outcome(applied.size(), changes.size(), true, ClusterUnavailable.isUnreachable(failure), message(failure),
                Change.byKind(applied));
    }

    /** Counts a failed attempt of each change, in a transaction of its own. */
    private void charge(List<Change> failing, Throwable failure) {
        if (!failing.isEmpty()) {
            Instant now = clock.instant();
            QuarkusTransaction.requiringNew().run(() -> events.failedAttempt(failing.stream().map(Change::id).toList(), message(failure),
                    settings.maxAttempts(), attempts -> now.plus(settings.retryDelay().multipliedBy(1L << Math.min(attempts - 1, 20)))));
        }
    }

    /** Applies the changes in a transaction of their own; whatever it throws is a failure of the whole. */
    private Attempt attempt(List<Change> changes) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> apply(changes));
        } catch (RuntimeException e) {
            return Attempt.whole(e);
        }
    }

    private Attempt apply(List<Change> changes) {
        Map<RecordKind, Set<Long>> changed = Change.byKind(changes);
        List<Change> embedding = changesOfNeedsReindexedWith(changed.get(RecordKind.ENTERPRISE), changes);

        SearchSession session = Search.session(em);
        var report = new AtomicReference<SearchIndexingPlanExecutionReport>();
        session.indexingPlanSynchronizationStrategy(context -> context.indexingFutureHandler(future -> report.set(future.join())));
        SearchIndexingPlan plan = session.indexingPlan();
        List<SearchDocument> written = new ArrayList<>();
        changed.forEach((kind, ids) -> {
            Map<Long, ? extends LibraryRecord> found = records.byIds(kind.entity(), ids);
            for (Long id : ids) {
                LibraryRecord record = found.get(id);
                if (record == null) {
                    plan.purge(kind.entity(), id, null);
                } else {
                    // Also reindexes what embeds the record (an enterprise's district is in its needs' documents).
                    plan.addOrUpdate(record);
                    documentsWritten(record, written);
                }
            }
        });
        try (var analyzed = indexedTerms.analyzeAhead(written)) {
            plan.execute();
        }
        Throwable failure = report.get().throwable().orElse(null);
        Set<String> failingKeys = new HashSet<>();
        report.get().failingEntities().forEach(entity -> failingKeys.add(key(entity)));
        if (failure != null && (failingKeys.isEmpty() || ClusterUnavailable.isCause(failure))) {
            return Attempt.whole(failure);
        }
        refresh(session);

        List<Change> applied = new ArrayList<>();
        List<Change> failing = new ArrayList<>();
        for (Change change : changes) {
            if (failingKeys.remove(change.key())) {
                failing.add(change);
            } else {
                applied.add(change);
            }
        }
        for (Change change : embedding) {
            // A need whose document failed keeps its own change, attempted on its own later.
            if (!failingKeys.remove(change.key())) {
                applied.add(change);
            }
        }
        events.applied(applied.stream().map(Change::id).toList());
        changed.forEach((kind, ids) -> events.supersedeFailed(kind,
                ids.stream().filter(id -> failing.stream().noneMatch(f -> f.kind() == kind && f.recordId().equals(id))).toList()));
        // What failed beyond the changes themselves (needs of a changed enterprise) becomes changes of its own.
        failingKeys.forEach(key -> {
            String[] parts = key.split(":");
            events.recordChanged(RecordKind.valueOf(parts[0]), List.of(Long.valueOf(parts[1])));
        });
        return new Attempt(applied, failing, failure, false);
    }

    /** The documents that indexing a record writes: its own, and its needs' for an enterprise. */
    private static void documentsWritten(LibraryRecord record, List<SearchDocument> written) {
        if (IndexMapping.indexed(record)) {
            written.add(SearchDocument.of(record));
        }
        if (record instanceof Enterprise enterprise) {
            enterprise.needs.stream().filter(IndexMapping::indexed).map(SearchDocument::of).forEach(written::add);
        }
    }

    /**
     * The changes of needs, other than {@code changes}, that indexing these enterprises applies: Hibernate Search
     * writes an enterprise's needs again with it (their documents hold its district, {@link IndexMapping}), as they
     * are when it reads them, after this query; so every change read here is in what it writes, and indexing the
     * need once more for its own change would repeat the work (a bulk import creates an enterprise's needs while
     * its own change waits). A need deleted since is no longer the enterprise's: its deletion stays to be applied.
     */
    private List<Change> changesOfNeedsReindexedWith(Set<Long> enterprises, List<Change> changes) {
        if (enterprises == null) {
            return List.of();
        }
        Set<Long> own = new HashSet<>();
        changes.forEach(change -> own.add(change.id()));
        return events.changesOfNeedsOf(enterprises).stream().map(Change::of).filter(change -> !own.contains(change.id())).toList();
    }

    /**
     * Searchable once the batch is done (the processor then drops the results kept for reuse): one refresh of every
     * index (an enterprise's change reaches its needs' index too) per batch, not one per bulk request. The documents
     * are written already: a refused refresh (an index closed) only delays them to the index's own refresh, unless the
     * cluster is away, when the batch waits as a whole.
     */
    private static void refresh(SearchSession session) {
        try {
            session.workspace().refresh();
        } catch (RuntimeException e) {
            if (ClusterUnavailable.isCause(e)) {
                throw e;
            }
            LOG.debugf("Index refresh after a batch refused: %s", e.getMessage());
        }
    }

    private static String key(EntityReference entity) {
        return RecordKind.of(entity.type()).name() + ":" + entity.id();
    }

    private static String message(Throwable failure) {
        if (failure == null) {
            return null;
        }
        String message = failure.getMessage() == null ? failure.getClass().getName() : failure.getMessage();
        return message.length() <= MAX_ERROR_LENGTH ? message : message.substring(0, MAX_ERROR_LENGTH);
    }
}
