package cn.wenzhou.fashion.domain;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import cn.wenzhou.fashion.common.Page;

import lombok.RequiredArgsConstructor;

/** Claims of profiles: the admins' queue, a claimant's own, and the pending ones of a profile. */
@ApplicationScoped
@RequiredArgsConstructor
public class ClaimRepository {

    private final EntityManager em;

    public ProfileClaim find(Long id) {
        return em.find(ProfileClaim.class, id);
    }

    public void persist(ProfileClaim claim) {
        em.persist(claim);
        em.flush();
    }

    /** The claims of one claimant, or of everyone ({@code claimant} null), newest first. */
    public Page<ProfileClaim> page(String claimant, ClaimStatus status, int page, int size) {
        var query = new PagedQuery();
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (claimant != null) {
            query.with("claimant", claimant);
            where.append(" and c.claimant = :claimant");
        }
        if (status != null) {
            query.with("status", status);
            where.append(" and c.status = :status");
        }
        return query.newestFirst(em, ProfileClaim.class, "c", "from ProfileClaim c" + where, page, size);
    }

    public List<ProfileClaim> pendingOf(RecordKind kind, Long profileId) {
        return em.createQuery("from ProfileClaim where profileKind = :kind and profileId = :id and status = :status", ProfileClaim.class)
                .setParameter("kind", kind).setParameter("id", profileId).setParameter("status", ClaimStatus.PENDING)
                .getResultList();
    }
}
