package cn.wenzhou.fashion.importer;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.TransactionScoped;

/** Counts the transactions begun on one thread (the test's), whatever other threads (the outbox's poll) begin meanwhile. */
@ApplicationScoped
public class TransactionsOfAThread {

    private volatile Thread watched;
    private final AtomicInteger begun = new AtomicInteger();

    void begun(@Observes @Initialized(TransactionScoped.class) Object transaction) {
        if (Thread.currentThread() == watched) {
            begun.incrementAndGet();
        }
    }

    public void watch() {
        begun.set(0);
        watched = Thread.currentThread();
    }

    /** How many began since {@link #watch()}. */
    public int stop() {
        watched = null;
        return begun.get();
    }
}
