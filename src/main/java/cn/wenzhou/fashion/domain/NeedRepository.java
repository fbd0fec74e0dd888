package cn.wenzhou.fashion.domain;

import java.util.List;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import cn.wenzhou.fashion.common.Page;

import lombok.RequiredArgsConstructor;

/** Queries of needs beyond loading one. */
@ApplicationScoped
@RequiredArgsConstructor
public class NeedRepository {

    /**
     * The needs {@code :reader} may see: those not confidential, their own, and those whose enterprise requested
     * cooperation with a partner of theirs, in whatever state.
     */
    private static final String VISIBLE = "(n.confidential = false or n.ownerId = :reader or exists (select c.id from Cooperation c"
            + " left join c.institution i left join c.designer d where c.need = n and (i.ownerId = :reader or d.ownerId = :reader)))";

    private final EntityManager em;

    /** Whether the user may see the need, confidential or not. */
    public boolean visibleTo(Need need, String reader) {
        return em.createQuery("select count(n) from Need n where n = :need and " + VISIBLE, Long.class)
                .setParameter("need", need).setParameter("reader", reader).getSingleResult() > 0;
    }

    /** A page of the needs the user may see in id order, optionally only the one with an external id. */
    public Page<Need> pageVisibleTo(String reader, String externalId, int page, int size) {
        return pageWhere(VISIBLE, reader, externalId, page, size);
    }

    /** The needs a user owns, in id order. */
    public Page<Need> pageOwnedBy(String owner, String externalId, int page, int size) {
        return pageWhere("n.ownerId = :reader", owner, externalId, page, size);
    }

    private Page<Need> pageWhere(String condition, String reader, String externalId, int page, int size) {
        String where = " where " + condition + (externalId == null ? "" : " and n.externalId = :externalId");
        var query = em.createQuery("select n from Need n" + where + " order by n.id", Need.class).setParameter("reader", reader);
        var count = em.createQuery("select count(n) from Need n" + where, Long.class).setParameter("reader", reader);
        if (externalId != null) {
            query.setParameter("externalId", externalId);
            count.setParameter("externalId", externalId);
        }
        var items = query.setFirstResult(Page.offset(page, size)).setMaxResults(size).getResultList();
        return new Page<>(items, count.getSingleResult(), page, size);
    }

    /**
     * The newest open needs of a reader, at most {@code max}: their own, confidential or not, and, when {@code othersToo},
     * the others' that are not confidential. Newest by id, the order of creation, which the primary key's index keeps.
     */
    public List<Need> newestOpen(String reader, boolean othersToo, int max) {
        return em.createQuery("select n from Need n join fetch n.enterprise where n.status = :open and (n.ownerId = :reader"
                + (othersToo ? " or n.confidential = false" : "") + ") order by n.id desc", Need.class)
                .setParameter("open", NeedStatus.OPEN).setParameter("reader", reader).setMaxResults(max).getResultList();
    }

    /** Of these needs, those that exist and are not confidential: those a search may show. */
    public java.util.Set<Long> searchable(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return java.util.Set.of();
        }
        return java.util.Set.copyOf(em.createQuery("select n.id from Need n where n.id in :ids and n.confidential = false", Long.class)
                .setParameter("ids", ids).getResultList());
    }

    /** The needs of an enterprise follow it to a new owner. */
    public void transferTo(Enterprise enterprise, String ownerId) {
        em.createQuery("update Need set ownerId = :ownerId where enterprise = :enterprise")
                .setParameter("ownerId", ownerId).setParameter("enterprise", enterprise).executeUpdate();
    }

    /** Every need's id and industries, for the matchmaking funnel. */
    public Stream<NeedIndustries> industriesOfAll() {
        return em.createQuery("select n.id, n.industries from Need n", Object[].class).getResultStream()
                .map(row -> new NeedIndustries((Long) row[0], industries(row[1])));
    }

    @SuppressWarnings("unchecked")
    private static List<Industry> industries(Object column) {
        return (List<Industry>) column;
    }

    public record NeedIndustries(long needId, List<Industry> industries) {
    }
}
