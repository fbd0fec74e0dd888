package cn.wenzhou.fashion.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import cn.wenzhou.fashion.common.Page;

import lombok.RequiredArgsConstructor;

/** Queries of incentive policies, their budgets per year and the applications for them. */
@ApplicationScoped
@RequiredArgsConstructor
public class IncentiveRepository {

    private final EntityManager em;

    /** Policies newest first: all of them, or only the published ones. */
    public Page<IncentivePolicy> policies(boolean publishedOnly, IncentiveKind kind, int page, int size) {
        var query = new PagedQuery();
        String where = " where 1 = 1" + (publishedOnly ? " and p.publishedAt is not null" : "");
        if (kind != null) {
            where += " and p.kind = :kind";
            query.with("kind", kind);
        }
        return query.newestFirst(em, IncentivePolicy.class, "p", "from IncentivePolicy p" + where, page, size);
    }

    /** A policy's budgets, by year. */
    public List<PolicyBudget> budgets(IncentivePolicy policy) {
        return em.createQuery("from PolicyBudget where policy = :policy order by year", PolicyBudget.class)
                .setParameter("policy", policy).getResultList();
    }

    /** Every policy's budgets, by policy and year. */
    public List<PolicyBudget> allBudgets() {
        return em.createQuery("from PolicyBudget b join fetch b.policy order by b.policy.id, b.year", PolicyBudget.class).getResultList();
    }

    /**
     * The policy's budget of a year, locked until the transaction ends: approvals that draw on it wait for each other,
     * so each sees what the ones before it granted.
     */
    public Optional<PolicyBudget> lockBudget(IncentivePolicy policy, int year) {
        return em.createQuery("from PolicyBudget where policy = :policy and year = :year", PolicyBudget.class)
                .setParameter("policy", policy).setParameter("year", year)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    public Optional<PolicyBudget> budget(IncentivePolicy policy, int year) {
        return em.createQuery("from PolicyBudget where policy = :policy and year = :year", PolicyBudget.class)
                .setParameter("policy", policy).setParameter("year", year).getResultStream().findFirst();
    }

    public void persist(PolicyBudget budget) {
        em.persist(budget);
    }

    /** What a profile was granted by a policy in a year. */
    public BigDecimal grantedTo(ProfileRef profile, IncentivePolicy policy, int year) {
        BigDecimal granted = em.createQuery("select sum(a.grantedAmount) from PolicyApplication a where a.policy = :policy"
                + " and a.year = :year and a.profileKind = :kind and a.profileId = :id and a.status in :granted", BigDecimal.class)
                .setParameter("policy", policy).setParameter("year", year).setParameter("kind", profile.kind())
                .setParameter("id", profile.id()).setParameter("granted", PolicyApplicationStatus.GRANTED).getSingleResult();
        return granted == null ? BigDecimal.ZERO : granted;
    }

    /** A profile's applications for a policy that wait for a decision. */
    public long countUndecided(ProfileRef profile, IncentivePolicy policy) {
        return em.createQuery("select count(a) from PolicyApplication a where a.policy = :policy"
                + " and a.profileKind = :kind and a.profileId = :id and a.status in :undecided", Long.class)
                .setParameter("policy", policy).setParameter("kind", profile.kind()).setParameter("id", profile.id())
                .setParameter("undecided", PolicyApplicationStatus.UNDECIDED).getSingleResult();
    }

    /** Applications of the parties' profiles, or all of them when {@code parties} is null, newest first. */
    public Page<PolicyApplication> applications(Parties parties, Long policyId, PolicyApplicationStatus status, int page, int size) {
        var query = new PagedQuery();
        String where = " where 1 = 1";
        if (parties != null) {
            where += " and ((a.profileKind = :institution and a.profileId in :institutions)"
                    + " or (a.profileKind = :designer and a.profileId in :designers))";
            query.withParties(parties).with("institution", RecordKind.INSTITUTION).with("designer", RecordKind.DESIGNER);
        }
        if (policyId != null) {
            where += " and a.policy.id = :policy";
            query.with("policy", policyId);
        }
        if (status != null) {
            where += " and a.status = :status";
            query.with("status", status);
        }
        return query.newestFirst(em, PolicyApplication.class, "a", "from PolicyApplication a" + where, page, size);
    }
}
