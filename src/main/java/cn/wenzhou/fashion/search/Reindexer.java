package cn.wenzhou.fashion.search;

import java.time.Clock;
import java.util.concurrent.Semaphore;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.context.ManagedExecutor;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.jboss.logging.Logger;

import lombok.RequiredArgsConstructor;

/**
 * Rebuilds every index from the database, the source of truth: after a change of analysis settings or
 * dictionaries, after restoring a database, or when an index was lost. One reindex runs at a time on an instance;
 * its progress is kept in memory ({@link ReindexMonitor}), so it is seen on the instance that runs it.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class Reindexer {

    private static final Logger LOG = Logger.getLogger(Reindexer.class);

    private final SearchMapping mapping;
    private final SegmentMerger segments;
    private final IndexReplicas replicas;
    private final DomainAnalyzer analyzer;
    private final LibraryGeneration generation;
    private final ManagedExecutor executor;
    private final Clock clock;
    /** Two reindexes at once would drop each other's indexes: one permit, released by whichever thread ran it. */
    private final Semaphore permit = new Semaphore(1);
    private volatile ReindexMonitor latest;

    /**
     * Reindexes now, after the reindex that runs, if one does; returns the time taken in milliseconds.
     */
    public long reindexAll() throws InterruptedException {
        permit.acquire();
        try {
            return run();
        } finally {
            permit.release();
        }
    }

    /** Starts a reindex in the background and returns at once; false if one runs already (then it is that one to follow). */
    public boolean start() {
        if (!permit.tryAcquire()) {
            return false;
        }
        try {
            executor.runAsync(() -> {
                try {
                    run();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (RuntimeException e) {
                    LOG.error("Reindex failed", e);
                } finally {
                    permit.release();
                }
            });
        } catch (RuntimeException e) {
            permit.release();
            throw e;
        }
        return true;
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
    private long run() throws InterruptedException {
        ReindexMonitor monitor = new ReindexMonitor(clock);
        latest = monitor;
        try {
            LOG.infof("Dictionaries reloaded: %s", analyzer.reload());
            mapping.scope(Object.class).massIndexer()
                    // The minimal Elasticsearch has no delete-by-query, which the default purge needs.
                    .purgeAllOnStart(false)
                    .dropAndCreateSchemaOnStart(true)
                    .threadsToLoadObjects(2)
                    .batchSizeToLoadObjects(200)
                    .monitor(monitor)
                    .startAndWait();
            // Created anew, the indexes have Elasticsearch's default count.
            replicas.apply();
            segments.mergeAll();
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
