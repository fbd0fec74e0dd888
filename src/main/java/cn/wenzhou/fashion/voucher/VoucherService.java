package cn.wenzhou.fashion.voucher;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import cn.wenzhou.fashion.common.Actor;
import cn.wenzhou.fashion.common.Capability;
import cn.wenzhou.fashion.common.ConflictException;
import cn.wenzhou.fashion.common.InvalidFieldException;
import cn.wenzhou.fashion.common.Page;
import cn.wenzhou.fashion.common.RecordNotFoundException;
import cn.wenzhou.fashion.common.Records;
import cn.wenzhou.fashion.cooperation.Cooperation;
import cn.wenzhou.fashion.cooperation.CooperationStatus;
import cn.wenzhou.fashion.enterprise.Enterprise;
import cn.wenzhou.fashion.institution.Institution;
import io.quarkus.security.ForbiddenException;

/**
 * Innovation vouchers: applications checked against the bureau's rules ({@link VoucherPolicy}), admins'
 * decisions, and redemptions that are idempotent on their key and happen at most once per voucher.
 */
@Singleton
public class VoucherService {

    /** Voucher years are Wenzhou's calendar years. */
    static final ZoneId WENZHOU = ZoneId.of("Asia/Shanghai");
    private static final List<CooperationStatus> AGREED = List.of(CooperationStatus.AGREED, CooperationStatus.IN_PROGRESS,
            CooperationStatus.COMPLETED);

    private final EntityManager em;
    private final VoucherPolicy policy;
    private final Clock clock = Clock.system(WENZHOU);

    public VoucherService(EntityManager em, VoucherPolicy policy) {
        this.em = em;
        this.policy = policy;
    }

    /**
     * The cooperation's enterprise applies for a voucher for its agreed cooperation with a registered voucher
     * provider, on a capability the provider may be paid for with vouchers, within the per-application and
     * per-enterprise-year caps.
     */
    @Transactional
    public VoucherView apply(Actor actor, VoucherApplication input) {
        Cooperation cooperation = em.find(Cooperation.class, input.cooperationId());
        if (cooperation == null) {
            throw new InvalidFieldException("cooperationId", "no cooperation with id " + input.cooperationId());
        }
        if (!actor.owns(Enterprise.KIND, cooperation.enterprise)) {
            throw new ForbiddenException("Only the owner of enterprise " + cooperation.enterprise.id + " may apply for its vouchers");
        }
        if (!AGREED.contains(cooperation.status)) {
            throw new ConflictException("The cooperation " + cooperation.id + " is " + cooperation.status + ": vouchers are applied for once an agreement is recorded");
        }
        Institution provider = eligibleProvider(cooperation, input);
        if (input.amount().compareTo(policy.maxPerApplication()) > 0) {
            throw new InvalidFieldException("amount", "must not exceed " + policy.maxPerApplication().toPlainString() + " CNY per application");
        }
        // Serializes an enterprise's applications, so that two at once cannot both pass the annual cap.
        Enterprise enterprise = em.find(Enterprise.class, cooperation.enterprise.id, LockModeType.PESSIMISTIC_WRITE);
        LocalDate today = LocalDate.now(clock);
        BigDecimal used = usedInYear(enterprise, today.getYear());
        if (used.add(input.amount()).compareTo(policy.maxPerEnterpriseYear()) > 0) {
            throw new InvalidFieldException("amount", "would bring the enterprise's vouchers of " + today.getYear() + " to "
                    + used.add(input.amount()).toPlainString() + " CNY, over the " + policy.maxPerEnterpriseYear().toPlainString() + " CNY yearly cap");
        }
        long open = em.createQuery("select count(v) from Voucher v where v.cooperation = :c and v.status <> :rejected", Long.class)
                .setParameter("c", cooperation).setParameter("rejected", VoucherStatus.REJECTED).getSingleResult();
        if (open > 0) {
            throw new ConflictException("The cooperation " + cooperation.id + " already has a voucher");
        }
        var voucher = new Voucher();
        voucher.externalId = Records.externalIdOrNew(null, Voucher.KIND);
        voucher.ownerId = actor.userId();
        voucher.enterprise = enterprise;
        voucher.cooperation = cooperation;
        voucher.institution = provider;
        voucher.category = input.category();
        voucher.amount = input.amount();
        voucher.appliedOn = today;
        em.persist(voucher);
        em.flush();
        return VoucherView.of(voucher);
    }

    @Transactional
    public VoucherView approve(Actor actor, Long id, VoucherDecision decision) {
        return decide(actor, id, VoucherStatus.APPROVED, decision == null ? null : decision.reason());
    }

    /** An admin rejects an application; the reason is required. */
    @Transactional
    public VoucherView reject(Actor actor, Long id, VoucherDecision decision) {
        if (decision == null || decision.reason() == null || decision.reason().isBlank()) {
            throw new InvalidFieldException("reason", "is required to reject an application");
        }
        return decide(actor, id, VoucherStatus.REJECTED, decision.reason());
    }

    /**
     * Redeems an approved voucher of a completed cooperation. A request repeated with the same idempotency key
     * returns the voucher as the first one left it and changes nothing; a voucher is never redeemed twice.
     */
    @Transactional
    public VoucherView redeem(Actor actor, Long id, String idempotencyKey, Redemption input) {
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 200) {
            throw new InvalidFieldException("Idempotency-Key", "header of 1 to 200 characters is required to redeem a voucher");
        }
        Voucher voucher = requireVisible(actor, id);
        var earlier = em.createQuery("from Voucher where redemptionKey = :key", Voucher.class)
                .setParameter("key", idempotencyKey).getResultStream().findFirst();
        if (earlier.isPresent()) {
            if (!earlier.get().id.equals(id)) {
                throw new ConflictException("The idempotency key was already used to redeem another voucher");
            }
            return VoucherView.of(voucher);
        }
        if (voucher.status != VoucherStatus.APPROVED) {
            throw new ConflictException("The voucher " + id + " is " + voucher.status + ": only an APPROVED voucher is redeemed, once");
        }
        if (voucher.cooperation != null && voucher.cooperation.status != CooperationStatus.COMPLETED) {
            throw new ConflictException("The cooperation " + voucher.cooperation.id + " is " + voucher.cooperation.status
                    + ": a voucher is redeemed after the cooperation is completed");
        }
        if (input.amount().compareTo(voucher.amount) > 0) {
            throw new InvalidFieldException("amount", "must not exceed the approved " + voucher.amount.toPlainString() + " CNY");
        }
        voucher.status = VoucherStatus.REDEEMED;
        voucher.redeemedAmount = input.amount();
        voucher.proofReference = input.proofReference();
        voucher.redeemedOn = LocalDate.now(clock);
        voucher.redemptionKey = idempotencyKey;
        // Flush now: a concurrent redemption of the same voucher fails here with a 409.
        em.flush();
        return VoucherView.of(voucher);
    }

    @Transactional
    public VoucherView get(Actor actor, Long id) {
        return VoucherView.of(requireVisible(actor, id));
    }

    /** Vouchers of the actor's enterprises and institutions (all of them for admins), newest first. */
    @Transactional
    public Page<VoucherView> list(Actor actor, VoucherStatus status, int page, int size) {
        String where = actor.isAdmin() ? " where 1 = 1" : " where (v.enterprise.id in :enterprises or v.institution.id in :institutions"
                + (actor.userId() == null ? "" : " or v.enterprise.ownerId = :user or v.institution.ownerId = :user") + ")";
        where += status == null ? "" : " and v.status = :status";
        var query = em.createQuery("select v from Voucher v" + where + " order by v.id desc", Voucher.class);
        var count = em.createQuery("select count(v) from Voucher v" + where, Long.class);
        for (var q : List.of(query, count)) {
            if (!actor.isAdmin()) {
                q.setParameter("enterprises", actor.profileIds(Enterprise.KIND)).setParameter("institutions", actor.profileIds(Institution.KIND));
                if (actor.userId() != null) {
                    q.setParameter("user", actor.userId());
                }
            }
            if (status != null) {
                q.setParameter("status", status);
            }
        }
        var items = query.setFirstResult(page * size).setMaxResults(size).getResultList();
        return new Page<>(items.stream().map(VoucherView::of).toList(), count.getSingleResult(), page, size);
    }

    private Institution eligibleProvider(Cooperation cooperation, VoucherApplication input) {
        Institution institution = cooperation.institution;
        if (institution == null || !institution.voucherProvider) {
            throw new InvalidFieldException("cooperationId", "the partner of the cooperation is not a registered voucher provider");
        }
        boolean eligible = institution.capabilities.stream()
                .anyMatch(c -> c.voucherEligible() && c.category() == input.category());
        if (!eligible) {
            throw new InvalidFieldException("category", "the provider has no voucher-eligible capability in " + input.category());
        }
        return institution;
    }

    /**
     * What an enterprise has already taken of a year's cap: applied and approved amounts, redeemed amounts.
     * A voucher not redeemed whose cooperation was cancelled can never be redeemed: it takes nothing.
     */
    private BigDecimal usedInYear(Enterprise enterprise, int year) {
        BigDecimal used = em.createQuery("select sum(case when v.status = :redeemed then v.redeemedAmount else v.amount end)"
                + " from Voucher v left join v.cooperation c"
                + " where v.enterprise = :enterprise and v.status <> :rejected and v.appliedOn between :first and :last"
                + " and (v.status = :redeemed or c is null or c.status <> :cancelled)", BigDecimal.class)
                .setParameter("redeemed", VoucherStatus.REDEEMED).setParameter("rejected", VoucherStatus.REJECTED)
                .setParameter("cancelled", CooperationStatus.CANCELLED)
                .setParameter("enterprise", enterprise)
                .setParameter("first", LocalDate.of(year, 1, 1)).setParameter("last", LocalDate.of(year, 12, 31))
                .getSingleResult();
        return used == null ? BigDecimal.ZERO : used;
    }

    private VoucherView decide(Actor actor, Long id, VoucherStatus to, String reason) {
        actor.requireAdmin("approve or reject voucher applications");
        Voucher voucher = require(id);
        if (voucher.status != VoucherStatus.APPLIED) {
            throw new ConflictException("The voucher " + id + " is " + voucher.status + ": only an APPLIED voucher is approved or rejected");
        }
        voucher.status = to;
        voucher.decisionReason = reason;
        voucher.decidedBy = actor.name();
        voucher.decidedAt = clock.instant();
        em.flush();
        return VoucherView.of(voucher);
    }

    private Voucher require(Long id) {
        Voucher voucher = em.find(Voucher.class, id);
        if (voucher == null) {
            throw new RecordNotFoundException(Voucher.KIND, id);
        }
        return voucher;
    }

    private Voucher requireVisible(Actor actor, Long id) {
        Voucher voucher = require(id);
        if (!actor.isAdmin() && !actor.owns(Enterprise.KIND, voucher.enterprise) && !actor.owns(Institution.KIND, voucher.institution)) {
            throw new ForbiddenException("Only the voucher's enterprise, its provider and admins may see voucher " + id);
        }
        return voucher;
    }

}
