package cn.wenzhou.fashion.domain;

import java.util.List;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** Queries of needs beyond loading one. */
@ApplicationScoped
public class NeedRepository {

    private final EntityManager em;

    public NeedRepository(EntityManager em) {
        this.em = em;
    }

    public long countOf(Enterprise enterprise) {
        return em.createQuery("select count(n) from Need n where n.enterprise = :enterprise", Long.class)
                .setParameter("enterprise", enterprise).getSingleResult();
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
