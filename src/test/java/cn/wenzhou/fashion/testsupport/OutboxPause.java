package cn.wenzhou.fashion.testsupport;

import jakarta.persistence.EntityManager;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Holds the index outbox still, as another instance holding the processing lease (or a reindex) would: the lease is
 * given to a holder that does not process, for an hour or until {@link #resume()}. Writes made meanwhile wait in the
 * outbox; tests that write while paused send their requests without the filter that awaits the index.
 */
public final class OutboxPause {

    private OutboxPause() {
    }

    public static void pause() {
        update("update index_processor_lease set holder = 'paused-by-test', lease_until = current_timestamp + interval '3600' second"
                + " where name = 'index'");
    }

    public static void resume() {
        update("update index_processor_lease set holder = null, lease_until = timestamp with time zone '1970-01-01 00:00:00+00'"
                + " where holder = 'paused-by-test'");
    }

    private static void update(String sql) {
        EntityManager em = Arc.container().instance(EntityManager.class).get();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(sql).executeUpdate());
    }
}
