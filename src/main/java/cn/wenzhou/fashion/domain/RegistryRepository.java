package cn.wenzhou.fashion.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import cn.wenzhou.fashion.common.Page;

import lombok.RequiredArgsConstructor;

/** Queries of the bureau's registries: the institutions registered as voucher providers, the settled partners. */
@ApplicationScoped
@RequiredArgsConstructor
public class RegistryRepository {

    private final EntityManager em;

    /**
     * A page of the registered voucher providers by the last day of their registration: the soonest first (those without
     * end last), or with {@code latestFirst} those without end first, then the latest.
     */
    public Page<Institution> voucherProviders(boolean latestFirst, int page, int size) {
        String order = latestFirst ? "i.voucherProviderUntil desc nulls first" : "i.voucherProviderUntil asc nulls last";
        return page(em.createQuery("select i from Institution i where i.voucherProvider = true order by " + order + ", i.id", Institution.class),
                em.createQuery("select count(i) from Institution i where i.voucherProvider = true", Long.class), page, size);
    }

    /** A page of the settled partners of a kind (institutions or designers), by name. */
    public <P extends PartnerProfile> Page<P> settled(Class<P> type, int page, int size) {
        String entity = type.getSimpleName();
        return page(em.createQuery("select p from " + entity + " p where p.settled = true order by p.name, p.id", type),
                em.createQuery("select count(p) from " + entity + " p where p.settled = true", Long.class), page, size);
    }

    private static <T> Page<T> page(TypedQuery<T> items, TypedQuery<Long> count, int page, int size) {
        return new Page<>(items.setFirstResult(Page.offset(page, size)).setMaxResults(size).getResultList(), count.getSingleResult(), page, size);
    }
}
