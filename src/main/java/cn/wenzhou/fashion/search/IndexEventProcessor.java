package cn.wenzhou.fashion.search;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;

import org.elasticsearch.client.Request;
import org.jboss.logging.Logger;

import cn.wenzhou.fashion.common.DrainLoop;
import cn.wenzhou.fashion.domain.IndexBacklog;
import cn.wenzhou.fashion.domain.IndexEvents;
import cn.wenzhou.fashion.domain.RecordsIndexed;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;


/**
 * Brings the index up to date with the database from the index outbox, on whichever instance holds the processing
 * lease: every poll, it applies due changes batch after batch ({@link IndexBatch}) until none is left or the cluster
 * cannot take them. Nothing is lost while Elasticsearch is away: the changes wait in the database and are applied
 * after it answers again, without an admin. After a batch, the results this instance keeps for reuse are dropped
 * ({@link LibraryGeneration}); other instances reuse theirs until their time limit.
 * <p>
 * The lease ({@link OutboxLease}) runs on the database's clock and is renewed while a batch runs, however long it takes; at shutdown no
 * batch is started, the running one may finish (bounded), then the lease is given up. While the cluster is
 * unavailable the outbox is read again after 1 s, 2 s, 4 s ... up to {@code unavailable-backoff-max}, not every poll;
 * an unreachable cluster is meanwhile probed every poll without the database, so its return ends the wait.
 */
@ApplicationScoped
public class IndexEventProcessor {

    private static final Logger LOG = Logger.getLogger(IndexEventProcessor.class);
    private static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);

    private final IndexBatch batch;
    private final IndexEvents events;
    private final IndexSchema schema;
    private final LibraryGeneration generation;
    private final IndexingSettings settings;
    private final IndexOutboxMetrics metrics;
    private final LibraryIndexes indexes;
    private final OutboxLease lease;
    private final Clock clock;
    private final RecentBacklog recentBacklog;
    private final Event<RecordsIndexed> indexed;
    /** The lease holder's name: unique across replicas and restarts. */
    private final String holder = "indexer-" + UUID.randomUUID();
    private final DrainLoop drainLoop = new DrainLoop(this::appliedBatch,
            e -> LOG.error("Index outbox processing failed; the next poll tries again", e));
    private final AtomicBoolean unavailable = new AtomicBoolean();
    /** Held while a batch runs: shutdown waits for it before it releases the lease. */
    private final ReentrantLock running = new ReentrantLock();
    private volatile boolean stopping;
    private volatile int unavailableInARow;
    private volatile Instant backOffUntil;
    private volatile boolean unreachable;
    /**
     * Polls drain on a thread of their own: a backlog of thousands (an import) takes minutes, which on a Vert.x worker
     * thread would hold it from requests and set off the blocked-thread warnings every two seconds.
     */
    private final ExecutorService poller = Executors.newSingleThreadExecutor(task -> daemon(task, "index-outbox"));
    private final AtomicBoolean polling = new AtomicBoolean();

    public IndexEventProcessor(IndexBatch batch, IndexEvents events, IndexSchema schema, LibraryGeneration generation,
            IndexingSettings settings, IndexOutboxMetrics metrics, LibraryIndexes indexes, OutboxLease lease, Clock clock,
            Event<RecordsIndexed> indexed) {
        this.batch = batch;
        this.events = events;
        this.schema = schema;
        this.generation = generation;
        this.settings = settings;
        this.metrics = metrics;
        this.indexes = indexes;
        this.lease = lease;
        this.clock = clock;
        this.indexed = indexed;
        this.recentBacklog = new RecentBacklog(this::backlog, settings.backlogRefresh(), clock);
    }

    private static Thread daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }

    @Scheduled(every = "${library.indexing.poll}")
    void poll() {
        poll(false);
    }

    /** Drains on the outbox's thread, unless a drain runs there already or ({@code now} false) the processor backs off. */
    private void poll(boolean now) {
        if (!stopping && polling.compareAndSet(false, true)) {
            poller.execute(() -> {
                try {
                    if (now || !backingOff()) {
                        drain();
                    }
                    metrics.backlog(recentBacklog.get());
                } catch (RuntimeException e) {
                    LOG.error("Index outbox backlog not read; the next poll tries again", e);
                } finally {
                    polling.set(false);
                }
            });
        }
    }

    /** Whether this poll waits: the cluster was unavailable a moment ago, and an unreachable one still does not answer. */
    private boolean backingOff() {
        Instant until = backOffUntil;
        if (until == null || !clock.instant().isBefore(until)) {
            return false;
        }
        return !(unreachable && answers());
    }

    /** One request to the cluster, no database: whether it answers at all (the one cluster action the role grants). */
    private boolean answers() {
        try {
            indexes.perform(new Request("GET", "/_cluster/health"));
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Until when polls skip the outbox (null when they do not). */
    Instant backOffUntil() {
        return backOffUntil;
    }

    /**
     * Applies every due change if this instance holds the lease, and returns when none is left (or the cluster is
     * unavailable, or the instance stops); a call while another thread drains makes that one look again.
     */
    public void drain() {
        drainLoop.drain();
    }

    /** One batch applied while the index is ready and this instance holds the lease; false when none was due. */
    private boolean appliedBatch() {
        return !stopping && schema.ready() && holdLease() && applied();
    }

    /** Changes still to apply and changes kept as failed, counted now. */
    public IndexBacklog backlog() {
        return QuarkusTransaction.requiringNew().call(events::backlog);
    }

    /** The backlog as counted at most {@code backlog-refresh} ago: what the health check and the metrics show. */
    public IndexBacklog recentBacklog() {
        return recentBacklog.get();
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
        poll(true); // on the outbox's thread: a long backlog must not hold the admin's request
        return retried;
    }

    private boolean holdLease() {
        return lease.hold(holder);
    }

    /** Applies the next batch while the lease is renewed beside it: whether it applied anything. */
    private boolean applied() {
        IndexBatch.Outcome outcome;
        running.lock();
        try {
            if (stopping) {
                return false;
            }
            Future<?> renewal = lease.keepRenewed(holder);
            try {
                outcome = batch.applyNext();
            } finally {
                renewal.cancel(false);
            }
        } finally {
            running.unlock();
        }
        metrics.batch(outcome);
        if (outcome.applied() > 0) {
            generation.advance();
            announce(outcome);
        }
        if (outcome.unavailable()) {
            backOff(outcome);
            return false;
        }
        unavailableInARow = 0;
        backOffUntil = null;
        if (outcome.applied() > 0 && unavailable.compareAndSet(true, false)) {
            LOG.info("Index outbox: Elasticsearch answers again; applying the changes that waited");
        }
        if (outcome.failed() > 0) {
            LOG.warnf("Index outbox: %d changes failed and will be retried or kept as failed: %s", outcome.failed(), outcome.error());
        }
        return outcome.applied() > 0 || outcome.failed() > 0;
    }

    /** Tells the observers (alerts) which records the batch made searchable; their failure is theirs, not the outbox's. */
    private void announce(IndexBatch.Outcome outcome) {
        try {
            indexed.fire(new RecordsIndexed(outcome.indexed()));
        } catch (RuntimeException e) {
            LOG.error("An observer of indexed records failed; the index is up to date", e);
        }
    }

    private void backOff(IndexBatch.Outcome outcome) {
        if (unavailable.compareAndSet(false, true)) {
            LOG.warnf("Index outbox: Elasticsearch cannot take changes now; they wait in the database and are applied when it can (%s)",
                    outcome.error());
        }
        int times = Math.min(++unavailableInARow, 16);
        Duration wait = FIRST_BACKOFF.multipliedBy(1L << (times - 1));
        backOffUntil = clock.instant().plus(wait.compareTo(settings.unavailableBackoffMax()) < 0 ? wait : settings.unavailableBackoffMax());
        unreachable = outcome.unreachable();
    }

    /** The lease holder's name, for tests of the lease. */
    String holder() {
        return holder;
    }

    /** Gives the lease up, so that another instance may take it at once. */
    void releaseLease() {
        lease.release(holder);
    }

    /** Starts no further batch, lets the running one finish (bounded by {@code shutdown-wait}), then gives the lease up. */
    void stop(@Observes ShutdownEvent event) {
        stopping = true;
        poller.shutdown();
        try {
            if (!running.tryLock(settings.shutdownWait().toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warnf("Index outbox: a batch still runs after %s; the lease is released anyway", settings.shutdownWait());
                releaseLease();
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            releaseLease();
        } finally {
            if (running.isHeldByCurrentThread()) {
                running.unlock();
            }
        }
    }
}
