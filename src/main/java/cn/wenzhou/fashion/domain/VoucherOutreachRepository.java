package cn.wenzhou.fashion.domain;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import lombok.RequiredArgsConstructor;

/** The stored result of the voucher outreach computation, and the open needs it runs over. */
@ApplicationScoped
@RequiredArgsConstructor
public class VoucherOutreachRepository {

    private final EntityManager em;

    /** The ids of the open needs, in id order. */
    public List<Long> openNeedIds() {
        return em.createQuery("select n.id from Need n where n.status = :open order by n.id", Long.class)
                .setParameter("open", NeedStatus.OPEN).getResultList();
    }

    /** The needs of these ids with their enterprises. */
    public List<Need> needsWithEnterprises(Collection<Long> ids) {
        return em.createQuery("select n from Need n join fetch n.enterprise where n.id in :ids order by n.id", Need.class)
                .setParameter("ids", ids).getResultList();
    }

    /** Whether an application for a voucher that was not rejected names a cooperation on the need. */
    public boolean hasApplication(Need need) {
        return em.createQuery("select count(v) from Voucher v where v.cooperation.need = :need and v.status <> :rejected", Long.class)
                .setParameter("need", need).setParameter("rejected", VoucherStatus.REJECTED).getSingleResult() > 0;
    }

    /** Replaces the stored result with a new one. */
    public void replaceAll(List<VoucherOutreachEntry> entries) {
        em.createQuery("delete from VoucherOutreachEntry").executeUpdate();
        entries.forEach(em::persist);
        em.flush();
    }

    /**
     * The stored entries whose need is still open and has no voucher application that was not rejected, with the need
     * and its enterprise, by district (those without last), then need.
     */
    public List<Object[]> withoutApplication() {
        return em.createQuery("select o, n from VoucherOutreachEntry o, Need n join fetch n.enterprise"
                + " where n.id = o.needId and n.status = :open and not exists (select v.id from Voucher v where v.cooperation.need = n"
                + " and v.status <> :rejected) order by o.district nulls last, n.id", Object[].class)
                .setParameter("open", NeedStatus.OPEN).setParameter("rejected", VoucherStatus.REJECTED).getResultList();
    }
}
