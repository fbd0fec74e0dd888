package cn.wenzhou.fashion.search;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import cn.wenzhou.fashion.domain.IndexEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The index outbox's lease, on the database's clock ({@link IndexEvents}): held by one processor at a time, or by a
 * full reindex, which processors on every instance make way for. Whoever holds it renews it every third of its time
 * while it works, however long a batch or a reindex takes, so that no other instance takes over meanwhile.
 */
@ApplicationScoped
public class OutboxLease {

    private static final Logger LOG = Logger.getLogger(OutboxLease.class);

    private final IndexEvents events;
    private final IndexingSettings settings;
    private final ScheduledExecutorService renewer = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "index-outbox-lease");
        thread.setDaemon(true);
        return thread;
    });

    public OutboxLease(IndexEvents events, IndexingSettings settings) {
        this.events = events;
        this.settings = settings;
    }

    /** Takes or renews the lease for a processor: whether it holds it (not while another instance or a reindex does). */
    public boolean hold(String holder) {
        return QuarkusTransaction.requiringNew().call(() -> events.holdLease(holder, seconds()));
    }

    /** Claims the right to reindex: false if a reindex runs on any instance. */
    public boolean claimReindex(String holder) {
        return QuarkusTransaction.requiringNew().call(() -> events.claimReindex(holder, seconds()));
    }

    /** What {@code holder} holds is renewed until the returned renewal is cancelled. */
    public Future<?> keepRenewed(String holder) {
        long period = Math.max(1, settings.lease().toMillis() / 3);
        return renewer.scheduleAtFixedRate(() -> {
            try {
                if (!QuarkusTransaction.requiringNew().call(() -> events.renewLease(holder, seconds()))) {
                    LOG.warnf("Index outbox lease of %s lost while it works", holder);
                }
            } catch (RuntimeException e) {
                LOG.warn("Index outbox lease not renewed; the next renewal tries again", e);
            }
        }, period, period, TimeUnit.MILLISECONDS);
    }

    /** Gives up what {@code holder} holds, so that another may take it at once. */
    public void release(String holder) {
        try {
            QuarkusTransaction.requiringNew().run(() -> events.releaseLease(holder));
        } catch (RuntimeException e) {
            LOG.debug("Index outbox lease not released; it runs out by itself", e);
        }
    }

    private long seconds() {
        return settings.lease().toSeconds();
    }

    @PreDestroy
    void stop() {
        renewer.shutdownNow();
    }
}
