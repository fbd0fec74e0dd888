package cn.wenzhou.fashion.voucher;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import cn.wenzhou.fashion.common.ConflictException;
import cn.wenzhou.fashion.common.InvalidFieldException;
import cn.wenzhou.fashion.common.Page;
import cn.wenzhou.fashion.domain.AuditAction;
import cn.wenzhou.fashion.domain.AuditLog;
import cn.wenzhou.fashion.domain.Cooperation;
import cn.wenzhou.fashion.domain.CooperationStatus;
import cn.wenzhou.fashion.domain.Enterprise;
import cn.wenzhou.fashion.domain.Institution;
import cn.wenzhou.fashion.domain.RecordKind;
import cn.wenzhou.fashion.domain.Records;
import cn.wenzhou.fashion.domain.Voucher;
import cn.wenzhou.fashion.domain.VoucherRepository;
import cn.wenzhou.fashion.domain.VoucherStatus;
import cn.wenzhou.fashion.security.Caller;
import io.quarkus.security.ForbiddenException;

/**
 * Innovation vouchers: applications checked against the bureau's rules ({@link VoucherPolicy}), admins'
 * decisions, and redemptions that are idempotent on their key and happen at most once per voucher.
 */
@Singleton
public class VoucherService {

    private static final List<CooperationStatus> AGREED = List.of(CooperationStatus.AGREED, CooperationStatus.IN_PROGRESS,
            CooperationStatus.COMPLETED);

    private final Records records;
    private final VoucherRepository vouchers;
    private final VoucherPolicy policy;
    private final Caller caller;
    private final AuditLog audit;
    /** Voucher years are Wenzhou's calendar years. */
    private final Clock clock;

    public VoucherService(Records records, VoucherRepository vouchers, VoucherPolicy policy, Caller caller, AuditLog audit, Clock clock) {
        this.records = records;
        this.vouchers = vouchers;
        this.policy = policy;
        this.caller = caller;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The cooperation's enterprise applies for a voucher for its agreed cooperation with a registered voucher
     * provider, on a capability the provider may be paid for with vouchers, within the per-application and
     * per-enterprise-year caps.
     */
    @Transactional
    public VoucherView apply(VoucherApplication input) {
        Cooperation cooperation = records.find(Cooperation.class, input.cooperationId())
                .orElseThrow(() -> new InvalidFieldException("cooperationId", "no cooperation with id " + input.cooperationId()));
        if (!caller.owns(cooperation.enterprise)) {
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
        Enterprise enterprise = records.lock(Enterprise.class, cooperation.enterprise.id);
        LocalDate today = LocalDate.now(clock);
        BigDecimal used = vouchers.usedInYear(enterprise, today.getYear());
        if (used.add(input.amount()).compareTo(policy.maxPerEnterpriseYear()) > 0) {
            throw new InvalidFieldException("amount", "would bring the enterprise's vouchers of " + today.getYear() + " to "
                    + used.add(input.amount()).toPlainString() + " CNY, over the " + policy.maxPerEnterpriseYear().toPlainString() + " CNY yearly cap");
        }
        if (vouchers.countNotRejected(cooperation) > 0) {
            throw new ConflictException("The cooperation " + cooperation.id + " already has a voucher");
        }
        var voucher = new Voucher();
        voucher.externalId = Records.externalIdOrNew(null, RecordKind.VOUCHER);
        voucher.ownerId = caller.subject();
        voucher.enterprise = enterprise;
        voucher.cooperation = cooperation;
        voucher.institution = provider;
        voucher.category = input.category();
        voucher.amount = input.amount();
        voucher.appliedOn = today;
        records.persist(voucher);
        return VoucherView.of(voucher);
    }

    @Transactional
    public VoucherView approve(Long id, VoucherDecision decision) {
        return decide(id, VoucherStatus.APPROVED, decision == null ? null : decision.reason());
    }

    /** An admin rejects an application; the reason is required. */
    @Transactional
    public VoucherView reject(Long id, VoucherDecision decision) {
        if (decision == null || decision.reason() == null || decision.reason().isBlank()) {
            throw new InvalidFieldException("reason", "is required to reject an application");
        }
        return decide(id, VoucherStatus.REJECTED, decision.reason());
    }

    /**
     * Redeems an approved voucher of a completed cooperation. A request repeated with the same idempotency key
     * returns the voucher as the first one left it and changes nothing; a voucher is never redeemed twice.
     */
    @Transactional
    public VoucherView redeem(Long id, String idempotencyKey, Redemption input) {
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 200) {
            throw new InvalidFieldException("Idempotency-Key", "header of 1 to 200 characters is required to redeem a voucher");
        }
        Voucher voucher = requireVisible(id);
        var earlier = vouchers.byRedemptionKey(idempotencyKey);
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
        voucher.moveTo(VoucherStatus.REDEEMED);
        voucher.redeemedAmount = input.amount();
        voucher.proofReference = input.proofReference();
        voucher.redeemedOn = LocalDate.now(clock);
        voucher.redemptionKey = idempotencyKey;
        // Flush now: a concurrent redemption of the same voucher fails here with a 409.
        records.flush();
        return VoucherView.of(voucher);
    }

    @Transactional
    public VoucherView get(Long id) {
        return VoucherView.of(requireVisible(id));
    }

    /** Vouchers of the caller's enterprises and institutions (all of them for admins), newest first. */
    @Transactional
    public Page<VoucherView> list(VoucherStatus status, int page, int size) {
        return vouchers.page(caller.isAdmin() ? null : caller.parties(), status, page, size).map(VoucherView::of);
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

    private VoucherView decide(Long id, VoucherStatus to, String reason) {
        caller.requireAdmin("approve or reject voucher applications");
        Voucher voucher = records.require(Voucher.class, id);
        if (voucher.status != VoucherStatus.APPLIED) {
            throw new ConflictException("The voucher " + id + " is " + voucher.status + ": only an APPLIED voucher is approved or rejected");
        }
        voucher.moveTo(to);
        voucher.decisionReason = reason;
        voucher.decidedBy = caller.auditName();
        voucher.decidedAt = clock.instant();
        audit.append(caller.subject(), caller.name(), to == VoucherStatus.APPROVED ? AuditAction.VOUCHER_APPROVED : AuditAction.VOUCHER_REJECTED,
                RecordKind.VOUCHER, voucher.id, voucher.amount.toPlainString() + " CNY for enterprise " + voucher.enterprise.id, reason);
        records.flush();
        return VoucherView.of(voucher);
    }

    private Voucher requireVisible(Long id) {
        Voucher voucher = records.require(Voucher.class, id);
        if (!caller.isAdmin() && !caller.owns(voucher.enterprise) && !caller.owns(voucher.institution)) {
            throw new ForbiddenException("Only the voucher's enterprise, its provider and admins may see voucher " + id);
        }
        return voucher;
    }

}
