package cn.wenzhou.fashion.domain;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import lombok.RequiredArgsConstructor;

/** Moves what refers to a duplicate enterprise record to the record that is kept. */
@ApplicationScoped
@RequiredArgsConstructor
public class EnterpriseMerges {

    private final EntityManager em;

    /** What a merge moved. */
    public record Moved(int needs, int cooperations, int vouchers) {
    }

    /**
     * Moves the duplicate's needs (one by one, so that their index documents follow), cooperations, vouchers and
     * claims to {@code kept}; the needs go to the kept enterprise's owner.
     */
    public Moved move(Enterprise duplicate, Enterprise kept) {
        List<Need> needs = em.createQuery("from Need where enterprise = :duplicate", Need.class)
                .setParameter("duplicate", duplicate).getResultList();
        for (Need need : needs) {
            need.enterprise = kept;
            need.ownerId = kept.ownerId;
        }
        em.flush();
        int cooperations = em.createQuery("update Cooperation set enterprise = :kept where enterprise = :duplicate")
                .setParameter("kept", kept).setParameter("duplicate", duplicate).executeUpdate();
        int vouchers = em.createQuery("update Voucher set enterprise = :kept where enterprise = :duplicate")
                .setParameter("kept", kept).setParameter("duplicate", duplicate).executeUpdate();
        em.createQuery("update ProfileClaim set profileId = :kept where profileKind = :kind and profileId = :duplicate")
                .setParameter("kept", kept.id).setParameter("kind", RecordKind.ENTERPRISE).setParameter("duplicate", duplicate.id).executeUpdate();
        return new Moved(needs.size(), cooperations, vouchers);
    }
}
