package cn.wenzhou.fashion.domain;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import cn.wenzhou.fashion.common.ConflictException;

import lombok.RequiredArgsConstructor;

/**
 * Refuses to delete a record that needs, cooperations or vouchers still refer to: they are the history of public
 * programmes and are kept, so the record they name stays too (a 409 saying by what, instead of the database's
 * foreign-key error). A profile with a pending claim stays until an admin decided the claim.
 */
@ApplicationScoped
@RequiredArgsConstructor
class RecordReferences {

    /** One foreign key of the schema, read from the referring entity's side. */
    private record Reference(Class<?> referrer, String field, Class<? extends LibraryRecord> target, String label) {
    }

    private static final List<Reference> REFERENCES = List.of(
            new Reference(Need.class, "enterprise", Enterprise.class, "need"),
            new Reference(Cooperation.class, "enterprise", Enterprise.class, "cooperation"),
            new Reference(Voucher.class, "enterprise", Enterprise.class, "voucher"),
            new Reference(Cooperation.class, "need", Need.class, "cooperation"),
            new Reference(Cooperation.class, "institution", Institution.class, "cooperation"),
            new Reference(Voucher.class, "institution", Institution.class, "voucher"),
            new Reference(Cooperation.class, "designer", Designer.class, "cooperation"));

    private final EntityManager em;

    /** Passes when nothing refers to the record; a 409 problem naming the referring records otherwise. */
    public void requireUnreferenced(LibraryRecord record) {
        RecordKind kind = RecordKind.of(record);
        List<String> referrers = new ArrayList<>();
        for (Reference reference : REFERENCES) {
            if (reference.target().isInstance(record)) {
                long count = em.createQuery("select count(r) from " + reference.referrer().getSimpleName() + " r where r." + reference.field()
                        + " = :record", Long.class).setParameter("record", record).getSingleResult();
                if (count > 0) {
                    referrers.add(count + " " + reference.label() + (count == 1 ? "" : "s"));
                }
            }
        }
        if (RecordKind.PROFILES.contains(kind)) {
            long pending = em.createQuery("select count(c) from ProfileClaim c where c.profileKind = :kind and c.profileId = :id and c.status = :pending",
                    Long.class).setParameter("kind", kind).setParameter("id", record.id).setParameter("pending", ClaimStatus.PENDING)
                    .getSingleResult();
            if (pending > 0) {
                referrers.add(pending + " pending claim" + (pending == 1 ? "" : "s"));
            }
        }
        if (!referrers.isEmpty()) {
            throw new ConflictException("The " + kind.code() + " " + record.id + " is still referred to by " + String.join(", ", referrers)
                    + ": it stays while they refer to it (needs, cooperations and vouchers are the programme's record; an admin decides a pending claim first)");
        }
    }
}
