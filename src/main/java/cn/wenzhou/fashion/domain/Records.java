package cn.wenzhou.fashion.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import cn.wenzhou.fashion.common.ConflictException;
import cn.wenzhou.fashion.common.InvalidFieldException;
import cn.wenzhou.fashion.common.Page;
import cn.wenzhou.fashion.common.RecordNotFoundException;

import lombok.RequiredArgsConstructor;

/** The repository of every kind of record: loading, listing, external ids, owners and version checks. */
@ApplicationScoped
@RequiredArgsConstructor
public class Records {

    private final EntityManager em;
    private final RecordReferences references;

    /** The record with this id, or a 404 problem. */
    public <E extends LibraryRecord> E require(Class<E> type, Long id) {
        E record = id == null ? null : em.find(type, id);
        if (record == null) {
            throw new RecordNotFoundException(RecordKind.of(type).code(), id);
        }
        return record;
    }

    /** The record, locked until the transaction ends: serializes the transactions that check a rule over it. */
    public <E extends LibraryRecord> E lock(Class<E> type, Long id) {
        return em.find(type, id, LockModeType.PESSIMISTIC_WRITE);
    }

    public <E extends LibraryRecord> Optional<E> find(Class<E> type, Long id) {
        return Optional.ofNullable(id == null ? null : em.find(type, id));
    }

    public <E extends LibraryRecord> Optional<E> findByExternalId(Class<E> type, String externalId) {
        return em.createQuery("from " + type.getSimpleName() + " where externalId = :externalId", type)
                .setParameter("externalId", externalId)
                .getResultStream().findFirst();
    }

    /** The enterprise whose credit code an admin verified to be this one, if any. */
    public Optional<Enterprise> findVerifiedCreditCode(String creditCode) {
        return em.createQuery("from Enterprise where verifiedCreditCode = :code", Enterprise.class)
                .setParameter("code", creditCode).getResultStream().findFirst();
    }

    /** The enterprises whose verified credit code is one of these, by code. */
    public Map<String, Enterprise> verifiedCreditCodes(Collection<String> creditCodes) {
        if (creditCodes.isEmpty()) {
            return Map.of();
        }
        return InLists.of(creditCodes).stream()
                .flatMap(codes -> em.createQuery("from Enterprise where verifiedCreditCode in :codes", Enterprise.class)
                        .setParameter("codes", codes).getResultList().stream())
                .collect(Collectors.toMap(e -> e.verifiedCreditCode, Function.identity()));
    }

    /** The records of a type with these external ids, by external id. */
    public <E extends LibraryRecord> Map<String, E> byExternalIds(Class<E> type, Collection<String> externalIds) {
        if (externalIds.isEmpty()) {
            return new HashMap<>();
        }
        return em.createQuery("from " + type.getSimpleName() + " where externalId in :ids", type)
                .setParameter("ids", externalIds)
                .getResultStream()
                .collect(Collectors.toMap(r -> r.externalId, Function.identity(), (a, b) -> a, HashMap::new));
    }

    public long count(Class<? extends LibraryRecord> type) {
        return em.createQuery("select count(r) from " + type.getSimpleName() + " r", Long.class).getSingleResult();
    }

    /** Enterprises of at least one of the library's industries (the others are voucher users kept for statistics). */
    public long countEnterprisesWithIndustries() {
        return em.createQuery("select count(e) from Enterprise e where e.industries <> :none", Long.class)
                .setParameter("none", List.of()).getSingleResult();
    }

    public long countPublicNeeds() {
        return em.createQuery("select count(n) from Need n where n.confidential = false", Long.class).getSingleResult();
    }

    /** The records of these ids that exist, by id. */
    public <E extends LibraryRecord> Map<Long, E> byIds(Class<E> type, Collection<Long> ids) {
        return em.createQuery("from " + type.getSimpleName() + " where id in :ids", type).setParameter("ids", ids)
                .getResultStream().collect(Collectors.toMap(record -> record.id, Function.identity()));
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
        var items = query.setFirstResult(Page.offset(page, size)).setMaxResults(size).getResultList();
        return new Page<>(items, count.getSingleResult(), page, size);
    }

    /** The enterprise, institution and designer profiles a user owns, kind by kind in id order. */
    public List<LibraryRecord> profilesOwnedBy(String ownerId) {
        List<LibraryRecord> profiles = new ArrayList<>();
        for (RecordKind kind : List.of(RecordKind.ENTERPRISE, RecordKind.INSTITUTION, RecordKind.DESIGNER)) {
            profiles.addAll(em.createQuery("from " + kind.entity().getSimpleName() + " where ownerId = :ownerId order by id",
                    LibraryRecord.class).setParameter("ownerId", ownerId).getResultList());
        }
        return profiles;
    }

    /** Refuses a change made from a stale copy: {@code expected} is the version the client read, if it sent one. */
    public static void checkVersion(LibraryRecord record, Long expected) {
        if (expected != null && expected != record.version) {
            throw ConflictException.staleVersion(RecordKind.of(record).code(), record.id, expected, record.version);
        }
    }

    /** The external id a record keeps: the one given, or a new one for records created here. */
    public static String externalIdOrNew(String given, RecordKind kind) {
        return given != null && !given.isBlank() ? given : kind.code() + "-" + UUID.randomUUID();
    }

    /** Makes sure no other record of the type already uses the external id. */
    public <E extends LibraryRecord> void requireUniqueExternalId(Class<E> type, String externalId, Long selfId) {
        findByExternalId(type, externalId).filter(other -> !other.id.equals(selfId)).ifPresent(other -> {
            throw new InvalidFieldException("externalId", "is already used by " + RecordKind.of(type).code() + " " + other.id);
        });
    }

    public void persist(LibraryRecord record) {
        em.persist(record);
        // Flush now so that version conflicts and constraint failures surface as this request's error.
        em.flush();
    }

    /** Deletes a record that nothing refers to; a 409 problem naming what still does otherwise. */
    public void delete(LibraryRecord record) {
        references.requireUnreferenced(record);
        em.remove(record);
        em.flush();
    }

    public void flush() {
        em.flush();
    }
}
