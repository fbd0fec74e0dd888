package cn.wenzhou.fashion.domain;

import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.EntityManager;

import cn.wenzhou.fashion.common.Page;

/** A JPQL query of one page of records and their count, from one "from ... where ..." and its parameters. */
final class PagedQuery {

    private final Map<String, Object> parameters = new HashMap<>();

    PagedQuery with(String name, Object value) {
        parameters.put(name, value);
        return this;
    }

    /** The parties' profile ids by kind as {@code enterprises}, {@code institutions}, {@code designers}, and their {@code user}. */
    PagedQuery withParties(Parties parties) {
        with("enterprises", parties.idsOf(RecordKind.ENTERPRISE));
        with("institutions", parties.idsOf(RecordKind.INSTITUTION));
        with("designers", parties.idsOf(RecordKind.DESIGNER));
        return parties.userId() == null ? this : with("user", parties.userId());
    }

    /** {@code select alias from ... order by alias.id desc}: newest first. */
    <E> Page<E> newestFirst(EntityManager em, Class<E> type, String alias, String fromWhere, int page, int size) {
        var query = em.createQuery("select " + alias + " " + fromWhere + " order by " + alias + ".id desc", type);
        var count = em.createQuery("select count(" + alias + ") " + fromWhere, Long.class);
        parameters.forEach((name, value) -> {
            if (fromWhere.contains(":" + name)) {
                query.setParameter(name, value);
                count.setParameter(name, value);
            }
        });
        var items = query.setFirstResult(Page.offset(page, size)).setMaxResults(size).getResultList();
        return new Page<>(items, count.getSingleResult(), page, size);
    }
}
