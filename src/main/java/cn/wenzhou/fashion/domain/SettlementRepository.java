package cn.wenzhou.fashion.domain;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import cn.wenzhou.fashion.common.Page;

import lombok.RequiredArgsConstructor;

/** Queries of applications to settle in. */
@ApplicationScoped
@RequiredArgsConstructor
public class SettlementRepository {

    /** A profile's own applications: those about one of the parties' institutions or designers. */
    private static final String OF_PARTIES = "((s.profileKind = :institution and s.profileId in :institutions)"
            + " or (s.profileKind = :designer and s.profileId in :designers))";

    private final EntityManager em;

    /** Applications of the parties' profiles, or all of them when {@code parties} is null, newest first. */
    public Page<SettlementApplication> page(Parties parties, SettlementStatus status, int page, int size) {
        var query = new PagedQuery();
        String where = " where 1 = 1";
        if (parties != null) {
            where += " and " + OF_PARTIES;
            query.withParties(parties).with("institution", RecordKind.INSTITUTION).with("designer", RecordKind.DESIGNER);
        }
        if (status != null) {
            where += " and s.status = :status";
            query.with("status", status);
        }
        return query.newestFirst(em, SettlementApplication.class, "s", "from SettlementApplication s" + where, page, size);
    }

    /** How many of a profile's applications are in one of these states. */
    public long count(ProfileRef profile, List<SettlementStatus> statuses) {
        return em.createQuery("select count(s) from SettlementApplication s where s.profileKind = :kind and s.profileId = :id"
                + " and s.status in :statuses", Long.class)
                .setParameter("kind", profile.kind()).setParameter("id", profile.id()).setParameter("statuses", statuses)
                .getSingleResult();
    }

    /** The approved settlements (withdrawn later or not), as the statistics count them: when, where, which kind. */
    public List<Settled> approved() {
        return em.createQuery("select s.decision.at, s.district, s.profileKind from SettlementApplication s"
                + " where s.status in :settled", Object[].class)
                .setParameter("settled", List.of(SettlementStatus.APPROVED, SettlementStatus.WITHDRAWN))
                .getResultStream().map(row -> new Settled((Instant) row[0], (District) row[1], (RecordKind) row[2])).toList();
    }

    /** One settlement approved at {@code at}. */
    public record Settled(Instant at, District district, RecordKind kind) {
    }
}
