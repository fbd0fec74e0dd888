package cn.wenzhou.fashion.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import cn.wenzhou.fashion.common.Page;

import lombok.RequiredArgsConstructor;

/** Queries of cooperations, their audit trail and the partners' track-record counters. */
@ApplicationScoped
@RequiredArgsConstructor
public class CooperationRepository {

    private static final List<CooperationStatus> ACTIVE = List.of(CooperationStatus.REQUESTED, CooperationStatus.ACCEPTED,
            CooperationStatus.AGREED, CooperationStatus.IN_PROGRESS);

    private final EntityManager em;

    /**
     * The cooperations of the parties' profiles, or all of them when {@code parties} is null, newest first;
     * optionally only those in one state.
     */
    public Page<Cooperation> page(Parties parties, CooperationStatus status, int page, int size) {
        String from = "from Cooperation c join c.enterprise e left join c.institution i left join c.designer d";
        List<String> conditions = new ArrayList<>();
        var query = new PagedQuery();
        if (parties != null) {
            conditions.add(parties.userId() == null
                    ? "(e.id in :enterprises or i.id in :institutions or d.id in :designers)"
                    : "(e.id in :enterprises or i.id in :institutions or d.id in :designers or e.ownerId = :user or i.ownerId = :user or d.ownerId = :user)");
            query.withParties(parties);
        }
        if (status != null) {
            conditions.add("c.status = :status");
            query.with("status", status);
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        return query.newestFirst(em, Cooperation.class, "c", from + where, page, size);
    }

    /**
     * Of the profiles {@code ids} of one kind, those that have a cooperation, accepted at some point, with one
     * of {@code profiles}: an enterprise with one of the partners, a partner with one of the enterprises.
     */
    public Set<Long> acceptedCounterparts(Set<ProfileRef> profiles, RecordKind kind, Collection<Long> ids) {
        if (ids.isEmpty() || profiles.isEmpty() || !RecordKind.PROFILES.contains(kind)) {
            return Set.of();
        }
        var parties = new Parties(null, profiles);
        String jpql = switch (kind) {
            case ENTERPRISE -> "select distinct c.enterprise.id from Cooperation c where c.acceptedAt is not null"
                    + " and c.enterprise.id in :ids and (c.institution.id in :institutions or c.designer.id in :designers)";
            case INSTITUTION -> "select distinct c.institution.id from Cooperation c where c.acceptedAt is not null"
                    + " and c.institution.id in :ids and c.enterprise.id in :enterprises";
            default -> "select distinct c.designer.id from Cooperation c where c.acceptedAt is not null"
                    + " and c.designer.id in :ids and c.enterprise.id in :enterprises";
        };
        var query = em.createQuery(jpql, Long.class).setParameter("ids", ids);
        if (kind == RecordKind.ENTERPRISE) {
            query.setParameter("institutions", parties.idsOf(RecordKind.INSTITUTION)).setParameter("designers", parties.idsOf(RecordKind.DESIGNER));
        } else {
            query.setParameter("enterprises", parties.idsOf(RecordKind.ENTERPRISE));
        }
        return new HashSet<>(query.getResultList());
    }

    /** Cooperations of a need with a partner that are not over yet. */
    public long countActive(Need need, PartnerProfile partner) {
        String column = "c." + RecordKind.of(partner).code();
        return em.createQuery("select count(c) from Cooperation c where c.need = :need and " + column + " = :partner and c.status in :active", Long.class)
                .setParameter("need", need).setParameter("partner", partner).setParameter("active", ACTIVE)
                .getSingleResult();
    }

    /**
     * Adds to a partner's track-record counters in place, so that concurrent completions add up and the
     * profile's version is untouched.
     */
    public void addToTrackRecord(PartnerProfile partner, int completed, int ratings, int ratingSum) {
        em.createQuery("update " + partner.getClass().getSimpleName() + " p set p.trackRecord.completed = p.trackRecord.completed + :completed,"
                + " p.trackRecord.ratings = p.trackRecord.ratings + :ratings, p.trackRecord.ratingSum = p.trackRecord.ratingSum + :sum"
                + " where p.id = :id")
                .setParameter("completed", completed).setParameter("ratings", ratings).setParameter("sum", ratingSum)
                .setParameter("id", partner.id).executeUpdate();
    }

    /** The audit trail of a cooperation, oldest first. */
    public List<CooperationEvent> events(Long cooperationId) {
        return em.createQuery("from CooperationEvent where cooperationId = :id order by id", CooperationEvent.class)
                .setParameter("id", cooperationId).getResultList();
    }

    public void record(CooperationEvent event) {
        em.persist(event);
        em.flush();
    }

    /** Each cooperation's need, agreement type and state, for the matchmaking funnel. */
    public Stream<FunnelStep> funnelSteps() {
        return em.createQuery("select c.need.id, c.agreementType, c.status from Cooperation c", Object[].class).getResultStream()
                .map(row -> new FunnelStep((Long) row[0], (AgreementType) row[1], (CooperationStatus) row[2]));
    }

    /** Cooperation requests still waiting for the partner's answer that were made before {@code before}, oldest first. */
    public List<Cooperation> requestedBefore(Instant before) {
        return em.createQuery("from Cooperation c where c.status = :requested and c.createdAt < :before order by c.createdAt", Cooperation.class)
                .setParameter("requested", CooperationStatus.REQUESTED).setParameter("before", before).getResultList();
    }

    /** Declined cooperations by their reason; those declined before the list count as OTHER. */
    public Map<DeclineReason, Long> declinesByReason() {
        Map<DeclineReason, Long> counts = new EnumMap<>(DeclineReason.class);
        em.createQuery("select c.declineReason, count(c) from Cooperation c where c.status = :declined group by c.declineReason", Object[].class)
                .setParameter("declined", CooperationStatus.DECLINED).getResultList()
                .forEach(row -> counts.merge(row[0] == null ? DeclineReason.OTHER : (DeclineReason) row[0], (Long) row[1], Long::sum));
        return counts;
    }

    public record FunnelStep(long needId, AgreementType agreementType, CooperationStatus status) {
    }
}
