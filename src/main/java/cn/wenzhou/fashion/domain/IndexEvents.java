package cn.wenzhou.fashion.domain;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import javax.sql.DataSource;

import lombok.RequiredArgsConstructor;

/**
 * The index outbox: changes of indexed records, written in the transaction of the change, read and deleted by the
 * processor (search.IndexEventProcessor) once the index has applied them; and the lease that lets one instance at a
 * time process them.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class IndexEvents {

    private static final String LEASE = "index";
    private static final String REINDEX = "reindex";

    private final EntityManager em;
    private final DataSource dataSource;
    private final Clock clock;

    /**
     * Records a change while Hibernate flushes it: plain JDBC, because a JPA callback may not use the persistence
     * context; the data source hands out the connection of the current transaction, so the row commits with the change.
     */
    void recordChanged(RecordKind kind, Long recordId) {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "insert into index_event (kind, record_id, created_at, next_attempt_at) values (?, ?, ?, ?)")) {
            insert.setString(1, kind.name());
            insert.setLong(2, recordId);
            insert.setObject(3, now);
            insert.setObject(4, now);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record the change of " + kind.code() + " " + recordId + " for the index", e);
        }
    }

    /** Changes due for an attempt, oldest first. */
    public List<IndexEvent> due(int max) {
        return em.createQuery("from IndexEvent where failed = false and nextAttemptAt <= :now order by id", IndexEvent.class)
                .setParameter("now", clock.instant()).setMaxResults(max).getResultList();
    }

    /** The index applied these changes. */
    public void applied(Collection<Long> eventIds) {
        if (!eventIds.isEmpty()) {
            em.createQuery("delete from IndexEvent where id in :ids").setParameter("ids", eventIds).executeUpdate();
        }
    }

    /**
     * The records were indexed as they are now, so their failed changes (all committed before) are applied too. Changes
     * not yet failed are left: one may have committed after the records were read.
     */
    public void supersedeFailed(RecordKind kind, Collection<Long> recordIds) {
        if (!recordIds.isEmpty()) {
            em.createQuery("delete from IndexEvent where failed = true and kind = :kind and recordId in :ids")
                    .setParameter("kind", kind).setParameter("ids", recordIds).executeUpdate();
        }
    }

    /**
     * The changes, waiting or failed, of the needs of these enterprises: a need's document holds its enterprise's
     * district, so the index writes an enterprise's needs again with it.
     */
    public List<IndexEvent> changesOfNeedsOf(Collection<Long> enterpriseIds) {
        // Two indexed reads: H2 runs the same as one query with a subquery by scanning the outbox once per row.
        List<Long> needs = em.createQuery("select n.id from Need n where n.enterprise.id in :ids", Long.class)
                .setParameter("ids", enterpriseIds).getResultList();
        List<IndexEvent> changes = new ArrayList<>();
        for (List<Long> ids : InLists.of(needs)) {
            changes.addAll(em.createQuery("from IndexEvent where kind = :need and recordId in :ids", IndexEvent.class)
                    .setParameter("need", RecordKind.NEED).setParameter("ids", ids).getResultList());
        }
        return changes;
    }

    /** The cluster could not be reached: try again at {@code next}, without counting an attempt. */
    public void postpone(Collection<Long> eventIds, Instant next) {
        if (!eventIds.isEmpty()) {
            em.createQuery("update IndexEvent set nextAttemptAt = :next where id in :ids")
                    .setParameter("next", next).setParameter("ids", eventIds).executeUpdate();
        }
    }

    /** Makes every failed change due again with a fresh count of attempts: how many. */
    public int retryFailed() {
        return em.createQuery("update IndexEvent set failed = false, attempts = 0, nextAttemptAt = :now where failed = true")
                .setParameter("now", clock.instant()).executeUpdate();
    }

    /**
     * Records of a kind with a change the index has not applied (waiting or failed), at most {@code max} rows read
     * (a record changed twice counts twice): an index-only read of the outbox, however long it is.
     */
    public List<Long> recordsWithUnappliedChanges(RecordKind kind, int max) {
        return em.createQuery("select e.recordId from IndexEvent e where e.kind = :kind", Long.class)
                .setParameter("kind", kind).setMaxResults(max).getResultList();
    }

    /** The failed changes, oldest first. */
    public List<IndexEvent> failed(int max) {
        return em.createQuery("from IndexEvent where failed = true order by id", IndexEvent.class).setMaxResults(max).getResultList();
    }

    public IndexBacklog backlog() {
        Object[] row = em.createQuery("select sum(case when failed = false then 1 else 0 end), sum(case when failed = true then 1 else 0 end),"
                + " min(case when failed = false then createdAt end) from IndexEvent", Object[].class).getSingleResult();
        return new IndexBacklog(row[0] == null ? 0 : ((Number) row[0]).longValue(), row[1] == null ? 0 : ((Number) row[1]).longValue(),
                (Instant) row[2]);
    }

    /**
     * Records changes found while applying others (records that embed a changed one and whose documents failed):
     * they are then retried like any change.
     */
    public void recordChanged(RecordKind kind, Collection<Long> recordIds) {
        recordIds.forEach(id -> recordChanged(kind, id));
    }

    /** A failed attempt for each change: {@code attempts} updated, and due again at {@code next}, or failed for good. */
    public void failedAttempt(Collection<Long> eventIds, String error, int maxAttempts, java.util.function.IntFunction<Instant> next) {
        for (Long id : eventIds) {
            IndexEvent event = em.find(IndexEvent.class, id);
            if (event != null) {
                event.attempts++;
                event.failed = event.attempts >= maxAttempts;
                event.lastError = error;
                event.nextAttemptAt = next.apply(event.attempts);
            }
        }
    }

    /**
     * Takes or renews the processing lease for {@code holder} for {@code seconds}, if no other instance holds it and
     * no reindex by another holder runs: whether it did. Both the expiry and the comparison are the database's clock,
     * so that instances whose clocks differ never both think they hold it. Refused for a running reindex, a holder
     * gives its lease up at once, so that the reindex need not wait for it to run out.
     */
    public boolean holdLease(String holder, long seconds) {
        boolean held = em.createNativeQuery("update index_processor_lease set holder = :holder, lease_until = " + until(seconds)
                + " where name = :name and (holder = :holder or lease_until < current_timestamp) and not exists (select r.name"
                + " from index_processor_lease r where r.name = :reindex and r.holder <> :holder and r.lease_until >= current_timestamp)")
                .setParameter("holder", holder).setParameter("name", LEASE).setParameter("reindex", REINDEX).executeUpdate() == 1;
        if (!held) {
            em.createNativeQuery("update index_processor_lease set holder = null, lease_until = :past where name = :name and holder = :holder")
                    .setParameter("past", Instant.EPOCH).setParameter("name", LEASE).setParameter("holder", holder).executeUpdate();
        }
        return held;
    }

    /** Extends the lease that {@code holder} holds (while a batch runs): whether it still held it. */
    public boolean renewLease(String holder, long seconds) {
        return em.createNativeQuery("update index_processor_lease set lease_until = " + until(seconds) + " where holder = :holder")
                .setParameter("holder", holder).executeUpdate() > 0;
    }

    /**
     * Claims the right to run a full reindex for {@code holder} for {@code seconds}, or renews it: whether it did (not
     * if another holder's reindex runs, on any instance). Processors give up the outbox's lease while it is held.
     */
    public boolean claimReindex(String holder, long seconds) {
        return em.createNativeQuery("update index_processor_lease set holder = :holder, lease_until = " + until(seconds)
                + " where name = :name and (holder = :holder or lease_until < current_timestamp)")
                .setParameter("holder", holder).setParameter("name", REINDEX).executeUpdate() == 1;
    }

    /** Lets another instance take the lease, or run a reindex, at once (this one is stopping, or done). */
    public void releaseLease(String holder) {
        em.createNativeQuery("update index_processor_lease set holder = null, lease_until = :past where holder = :holder")
                .setParameter("past", Instant.EPOCH).setParameter("holder", holder).executeUpdate();
    }

    /** Who holds the processing lease now, if anyone does. */
    public java.util.Optional<String> leaseHolder() {
        List<?> holders = em.createNativeQuery("select holder from index_processor_lease where name = :name"
                + " and holder is not null and lease_until >= current_timestamp").setParameter("name", LEASE).getResultList();
        return holders.stream().map(String::valueOf).findFirst();
    }

    /** The database's clock plus whole seconds (from configuration, never user input), in H2 and PostgreSQL. */
    private static String until(long seconds) {
        return "current_timestamp + interval '" + Math.max(1, seconds) + "' second";
    }
}
