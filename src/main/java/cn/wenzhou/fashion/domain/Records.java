package cn.wenzhou.fashion.common;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** Loading, listing and version checks shared by every kind of record. */
@ApplicationScoped
public class Records {

    private final EntityManager em;

    public Records(EntityManager em) {
        this.em = em;
    }

    /** The record with this id, or a 404 problem. */
    public <E extends LibraryRecord> E require(Class<E> type, Long id) {
        E record = id == null ? null : em.find(type, id);
        if (record == null) {
            throw new RecordNotFoundException(kindOf(type), id);
        }
        return record;
    }

    public <E extends LibraryRecord> Optional<E> find(Class<E> type, Long id) {
        return Optional.ofNullable(em.find(type, id));
    }

    public <E extends LibraryRecord> Optional<E> findByExternalId(Class<E> type, String externalId) {
        return em.createQuery("from " + type.getSimpleName() + " where externalId = :externalId", type)
                .setParameter("externalId", externalId)
                .getResultStream().findFirst();
    }

    /** A page of records in id order, optionally only the one with an external id. */
    public <E extends LibraryRecord> Page<E> list(Class<E> type, String externalId, int page, int size) {
        String where = externalId == null ? "" : " where externalId = :externalId";
        var query = em.createQuery("from " + type.getSimpleName() + where + " order by id", type);
        var count = em.createQuery("select count(*) from " + type.getSimpleName() + where, Long.class);
        if (externalId != null) {
            query.setParameter("externalId", externalId);
            count.setParameter("externalId", externalId);
        }
        var items = query.setFirstResult(page * size).setMaxResults(size).getResultList();
        return new Page<>(items, count.getSingleResult(), page, size);
    }

    /** The records of a type that a user owns, in id order. */
    public <E extends LibraryRecord> List<E> ownedBy(Class<E> type, String ownerId) {
        return em.createQuery("from " + type.getSimpleName() + " where ownerId = :ownerId order by id", type)
                .setParameter("ownerId", ownerId)
                .getResultList();
    }

    /** Refuses a change made from a stale copy: {@code expected} is the version the client read, if it sent one. */
    public static void checkVersion(LibraryRecord record, Long expected) {
        if (expected != null && expected != record.version) {
            throw ConflictException.staleVersion(kindOf(record.getClass()), record.id, expected, record.version);
        }
    }

    /** The external id a record keeps: the one given, or a new one for records created here. */
    public static String externalIdOrNew(String given, String kind) {
        return given != null && !given.isBlank() ? given : kind + "-" + UUID.randomUUID();
    }

    /** Makes sure no other record of the type already uses the external id. */
    public <E extends LibraryRecord> void requireUniqueExternalId(Class<E> type, String externalId, Long selfId) {
        findByExternalId(type, externalId).filter(other -> !other.id.equals(selfId)).ifPresent(other -> {
            throw new InvalidFieldException("externalId", "is already used by " + kindOf(type) + " " + other.id);
        });
    }

    public void persist(LibraryRecord record) {
        em.persist(record);
        // Flush now so that version conflicts and constraint failures surface as this request's error.
        em.flush();
    }

    public void delete(LibraryRecord record) {
        em.remove(record);
        em.flush();
    }

    public void flush() {
        em.flush();
    }

    static String kindOf(Class<?> type) {
        return type.getSimpleName().toLowerCase();
    }
}
