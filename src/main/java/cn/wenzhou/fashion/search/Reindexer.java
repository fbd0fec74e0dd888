package cn.wenzhou.fashion.search;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Future;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.context.ManagedExecutor;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.jboss.logging.Logger;

import cn.wenzhou.fashion.common.ConflictException;
import lombok.RequiredArgsConstructor;

/**
 * Rebuilds every index from the database, the source of truth: after a change of analysis settings or
 * dictionaries, after restoring a database, or when an index was lost. One reindex runs at a time across all
 * instances: it claims the reindex row of the outbox's lease table (a second request anywhere is refused, 409), then
 * holds the outbox's lease itself, so that processing pauses on every instance while it runs (no processor writes an
 * older document over its fresh ones); the changes made meanwhile are applied after it. Its progress is kept in memory
 * ({@link ReindexMonitor}), so it is seen on the instance that runs it.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class Reindexer {

    private static final Logger LOG = Logger.getLogger(Reindexer.class);
    private static final Duration LEASE_POLL = Duration.ofMillis(100);

    private final SearchMapping mapping;
    private final SegmentMerger segments;
    private final IndexReplicas replicas;
    private final DomainAnalyzer analyzer;
    private final LibraryGeneration generation;
    private final ManagedExecutor executor;
    private final OutboxLease lease;
    private final IndexingSettings settings;
    private final Clock clock;
    private volatile ReindexMonitor latest;

    /** Reindexes now and returns the time taken in milliseconds; a 409 problem if a reindex runs on any instance. */
    public long reindexAll() throws InterruptedException {
        String holder = claim().orElseThrow(Reindexer::running);
        return runHolding(holder, follow());
    }

    /** Starts a reindex in the background and returns at once; false if one runs already, on any instance. */
    public boolean start() {
        Optional<String> claimed = claim();
        if (claimed.isEmpty()) {
            return false;
        }
        String holder = claimed.get();
        ReindexMonitor monitor = follow();
        try {
            executor.runAsync(() -> {
                try {
                    runHolding(holder, monitor);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (RuntimeException e) {
                    LOG.error("Reindex failed", e);
                }
            });
        } catch (RuntimeException e) {
            monitor.finished(e.getMessage());
            lease.release(holder);
            throw e;
        }
        return true;
    }

    /**
     * The progress of the reindex just claimed, shown from the claim on: while it waits for the outbox's lease the
     * dashboard shows it running, not the latest one finished before.
     */
    private ReindexMonitor follow() {
        ReindexMonitor monitor = new ReindexMonitor(clock);
        latest = monitor;
        return monitor;
    }

    private static ConflictException running() {
        return new ConflictException("A reindex runs already (on this or another instance): follow its progress, then try again");
    }

    private Optional<String> claim() {
        String holder = "reindex-" + UUID.randomUUID();
        return lease.claimReindex(holder) ? Optional.of(holder) : Optional.empty();
    }

    /** Waits for the outbox's lease (its processor makes way between batches), reindexes, then gives both up. */
    private long runHolding(String holder, ReindexMonitor monitor) throws InterruptedException {
        Future<?> renewal = lease.keepRenewed(holder);
        try {
            Instant deadline = clock.instant().plus(settings.lease());
            while (!lease.hold(holder)) {
                if (!clock.instant().isBefore(deadline)) {
                    IllegalStateException late = new IllegalStateException("the index outbox's lease was not given up within " + settings.lease());
                    monitor.finished(late.getMessage());
                    throw late;
                }
                try {
                    Thread.sleep(LEASE_POLL.toMillis());
                } catch (InterruptedException e) {
                    monitor.finished("interrupted while waiting for the index outbox");
                    throw e;
                }
            }
            return run(monitor);
        } finally {
            renewal.cancel(false);
            lease.release(holder);
        }
    }

    /** The progress of the reindex that runs, else of the latest one since this instance started; null if none ran. */
    public ReindexProgress progress() {
        ReindexMonitor monitor = latest;
        return monitor == null ? null : monitor.progress();
    }
    /**
     * Reads the domain dictionary and the stop words again, drops and recreates the indexes, then indexes every record;
     * returns the time taken in milliseconds.
     */
    private long run(ReindexMonitor monitor) throws InterruptedException {
        try {
            LOG.infof("Dictionaries reloaded: %s", analyzer.reload());
            var scope = mapping.scope(Object.class);
            // Dropped and created here rather than by the mass indexer, so that they fill without replicas or refreshes.
            scope.schemaManager().dropAndCreate();
            replicas.forBulkLoad();
            try {
                scope.massIndexer()
                        // The minimal Elasticsearch has no delete-by-query, which the default purge needs.
                        .purgeAllOnStart(false)
                        .dropAndCreateSchemaOnStart(false)
                        .threadsToLoadObjects(2)
                        .batchSizeToLoadObjects(200)
                        .transactionTimeout(Math.toIntExact(settings.reindexTransactionTimeout().toSeconds()))
                        .monitor(monitor)
                        .startAndWait();
            } finally {
                // Created anew, the indexes have Elasticsearch's default count, and no refresh while they filled.
                replicas.apply();
            }
            segments.mergeAll();
            scope.workspace().refresh();
            generation.advance();
        } catch (InterruptedException | RuntimeException e) {
            monitor.finished(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            throw e;
        }
        monitor.finished(null);
        long millis = monitor.progress().millis();
        LOG.infof("Reindexed every record in %d ms", millis);
        return millis;
    }
}
