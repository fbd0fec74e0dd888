package cn.wenzhou.fashion.domain;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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

    /** Takes or renews the processing lease for {@code holder} until {@code until}, if no other holds it: whether it did. */
    public boolean holdLease(String holder, Instant until) {
        return em.createNativeQuery("update index_processor_lease set holder = :holder, lease_until = :until"
                + " where name = :name and (holder = :holder or lease_until < :now)")
                .setParameter("holder", holder).setParameter("until", until).setParameter("now", clock.instant()).setParameter("name", LEASE)
                .executeUpdate() == 1;
    }

    /** Lets another instance take the lease at once (this one is stopping). */
    public void releaseLease(String holder) {
        em.createNativeQuery("update index_processor_lease set holder = null, lease_until = :past where name = :name and holder = :holder")
                .setParameter("past", Instant.EPOCH).setParameter("name", LEASE).setParameter("holder", holder).executeUpdate();
    }
}
