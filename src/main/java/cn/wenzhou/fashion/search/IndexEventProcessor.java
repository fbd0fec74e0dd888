package cn.wenzhou.fashion.search;

import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import cn.wenzhou.fashion.domain.IndexBacklog;
import cn.wenzhou.fashion.domain.IndexEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;

/**
 * Brings the index up to date with the database from the index outbox, on whichever instance holds the processing
 * lease: every poll, it applies due changes batch after batch ({@link IndexBatch}) until none is left or the cluster
 * cannot be reached. Nothing is lost while Elasticsearch is away: the changes wait in the database and are applied
 * at the first poll after it answers again, without an admin. After a batch, the results this instance keeps for
 * reuse are dropped ({@link LibraryGeneration}); other instances reuse theirs until their time limit.
 */
@ApplicationScoped
public class IndexEventProcessor {

    private static final Logger LOG = Logger.getLogger(IndexEventProcessor.class);

    private final IndexBatch batch;
    private final IndexEvents events;
    private final IndexSchema schema;
    private final LibraryGeneration generation;
    private final IndexingSettings settings;
    private final IndexOutboxMetrics metrics;
    private final Clock clock;
    /** The lease holder's name: unique across replicas and restarts. */
    private final String holder = "indexer-" + UUID.randomUUID();
    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicBoolean wanted = new AtomicBoolean();
    private final AtomicBoolean unavailable = new AtomicBoolean();
    /**
     * Polls drain on a thread of their own: a backlog of thousands (an import) takes minutes, which on a Vert.x worker
     * thread would hold it from requests and set off the blocked-thread warnings every two seconds.
     */
    private final ExecutorService poller = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "index-outbox");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean polling = new AtomicBoolean();

    public IndexEventProcessor(IndexBatch batch, IndexEvents events, IndexSchema schema, LibraryGeneration generation,
            IndexingSettings settings, IndexOutboxMetrics metrics, Clock clock) {
        this.batch = batch;
        this.events = events;
        this.schema = schema;
        this.generation = generation;
        this.settings = settings;
        this.metrics = metrics;
        this.clock = clock;
    }

    @Scheduled(every = "${library.indexing.poll}")
    void poll() {
        if (polling.compareAndSet(false, true)) {
            poller.execute(() -> {
                try {
                    drain();
                    metrics.backlog(backlog());
                } catch (RuntimeException e) {
                    LOG.error("Index outbox backlog not read; the next poll tries again", e);
                } finally {
                    polling.set(false);
                }
            });
        }
    }

    /**
     * Applies every due change if this instance holds the lease, and returns when none is left (or the cluster is
     * away); a call while another thread drains makes that one look again.
     */
    public void drain() {
        wanted.set(true);
        while (wanted.get() && draining.compareAndSet(false, true)) {
            try {
                wanted.set(false);
                while (schema.ready() && holdLease() && applied()) {
                    // next batch
                }
            } catch (RuntimeException e) {
                LOG.error("Index outbox processing failed; the next poll tries again", e);
            } finally {
                draining.set(false);
            }
        }
    }

    /** Changes still to apply and changes kept as failed. */
    public IndexBacklog backlog() {
        return QuarkusTransaction.requiringNew().call(events::backlog);
    }

    /** The backlog with the oldest {@code max} failed changes. */
    public IndexOutboxView view(int max) {
        return QuarkusTransaction.requiringNew().call(() -> {
            IndexBacklog backlog = events.backlog();
            return new IndexOutboxView(backlog.pending(), backlog.failed(), backlog.oldestPending(),
                    events.failed(max).stream().map(IndexOutboxView.FailedChange::of).toList());
        });
    }

    /** Makes every failed change due again and has them applied at once, in the background: how many there were. */
    public int retryFailed() {
        int retried = QuarkusTransaction.requiringNew().call(events::retryFailed);
        LOG.infof("Index outbox: %d failed changes retried by an admin", retried);
        poll(); // on the outbox's thread: a long backlog must not hold the admin's request
        return retried;
    }

    private boolean holdLease() {
        return QuarkusTransaction.requiringNew().call(() -> events.holdLease(holder, clock.instant().plus(settings.lease())));
    }

    private boolean applied() {
        IndexBatch.Outcome outcome = batch.applyNext();
        metrics.batch(outcome);
        if (outcome.applied() > 0) {
            generation.advance();
        }
        if (outcome.unavailable()) {
            if (unavailable.compareAndSet(false, true)) {
                LOG.warnf("Index outbox: Elasticsearch cannot be reached; changes wait in the database and are applied when it answers (%s)",
                        outcome.error());
            }
            return false;
        }
        if (outcome.applied() > 0 && unavailable.compareAndSet(true, false)) {
            LOG.info("Index outbox: Elasticsearch answers again; applying the changes that waited");
        }
        if (outcome.failed() > 0) {
            LOG.warnf("Index outbox: %d changes failed and will be retried or kept as failed: %s", outcome.failed(), outcome.error());
        }
        return outcome.applied() > 0;
    }

    void release(@Observes ShutdownEvent event) {
        poller.shutdownNow();
        try {
            QuarkusTransaction.requiringNew().run(() -> events.releaseLease(holder));
        } catch (RuntimeException e) {
            LOG.debug("Index outbox lease not released; it runs out by itself", e);
        }
    }
}
