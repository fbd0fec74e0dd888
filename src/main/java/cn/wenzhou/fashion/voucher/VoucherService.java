package cn.wenzhou.fashion.voucher;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.event.Event;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import cn.wenzhou.fashion.common.ConflictException;
import cn.wenzhou.fashion.common.InvalidFieldException;
import cn.wenzhou.fashion.common.Page;
import cn.wenzhou.fashion.common.RecordNotFoundException;
import cn.wenzhou.fashion.domain.AuditAction;
import cn.wenzhou.fashion.domain.AuditLog;
import cn.wenzhou.fashion.domain.Cooperation;
import cn.wenzhou.fashion.domain.CooperationStatus;
import cn.wenzhou.fashion.domain.Decision;
import cn.wenzhou.fashion.domain.Enterprise;
import cn.wenzhou.fashion.domain.Institution;
import cn.wenzhou.fashion.domain.Labels;
import cn.wenzhou.fashion.domain.Notice;
import cn.wenzhou.fashion.domain.NoticeTopic;
import cn.wenzhou.fashion.domain.RecordKind;
import cn.wenzhou.fashion.domain.Records;
import cn.wenzhou.fashion.domain.Voucher;
import cn.wenzhou.fashion.domain.VoucherRepository;
import cn.wenzhou.fashion.domain.VoucherStatus;
import cn.wenzhou.fashion.security.Caller;
import io.quarkus.security.ForbiddenException;

import lombok.RequiredArgsConstructor;

/**
 * Innovation vouchers in the order of the 创新券 system ({@link VoucherStatus}): applications checked against the
 * bureau's rules ({@link VoucherPolicy}), approvals within the bureau's budgets ({@link VoucherBudgets}), decisions and payouts by two different admins who are no party,
 * redemptions requested by the enterprise with their proof, idempotent on the user's key, and confirmed by the provider.
 */
@Singleton
@RequiredArgsConstructor
public class VoucherService {

    private static final List<CooperationStatus> AGREED = List.of(CooperationStatus.AGREED, CooperationStatus.IN_PROGRESS,
            CooperationStatus.COMPLETED);

    private final Records records;
    private final VoucherRepository vouchers;
    private final VoucherPolicy policy;
    private final VoucherBudgets budgets;
    private final Caller caller;
    private final AuditLog audit;
    /** Voucher years are Wenzhou's calendar years. */
    private final Clock clock;
    private final Event<Notice> notices;

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
        // Serializes an enterprise's applications, so that two at once cannot both pass the annual cap; a verified
        // credit code belongs to one enterprise only, so this serializes the legal entity's applications.
        Enterprise enterprise = records.lock(Enterprise.class, cooperation.enterprise.id);
        if (enterprise.verifiedCreditCode == null) {
            throw new ConflictException("The enterprise " + enterprise.id + " has no credit code verified by the bureau yet: "
                    + "vouchers are for verified legal entities");
        }
        LocalDate today = LocalDate.now(clock);
        BigDecimal used = vouchers.usedInYear(enterprise.verifiedCreditCode, today.getYear());
        if (used.add(input.amount()).compareTo(policy.maxPerEnterpriseYear()) > 0) {
            throw new InvalidFieldException("amount", "would bring the vouchers of credit code " + enterprise.verifiedCreditCode + " in "
                    + today.getYear() + " to " + used.add(input.amount()).toPlainString() + " CNY, over the "
                    + policy.maxPerEnterpriseYear().toPlainString() + " CNY yearly cap");
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

    /** An admin who is neither the applicant nor an owner of either party approves the application. */
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
     * The enterprise asks to redeem its approved voucher once the service was delivered (the cooperation is
     * completed), naming the contract and the invoice. The same user's request repeated with the same
     * idempotency key, even concurrently, returns the voucher as the first one left it and changes nothing.
     */
    @Transactional
    public VoucherView requestRedemption(Long id, String idempotencyKey, Redemption input) {
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 200) {
            throw new InvalidFieldException("Idempotency-Key", "header of 1 to 200 characters is required to redeem a voucher");
        }
        // Locked before it is read: a concurrent retry waits here, then finds the first request's key.
        Voucher voucher = records.lock(Voucher.class, id);
        requireVisible(voucher, id);
        var earlier = vouchers.byRedemptionKey(caller.subject(), idempotencyKey);
        if (earlier.isPresent()) {
            if (!earlier.get().id.equals(id)) {
                throw new ConflictException("You used this idempotency key to redeem another voucher");
            }
            return VoucherView.of(voucher);
        }
        if (!caller.owns(voucher.enterprise)) {
            throw new ForbiddenException("Only the owner of enterprise " + voucher.enterprise.id + " requests the redemption of its vouchers");
        }
        if (voucher.status != VoucherStatus.APPROVED) {
            throw new ConflictException("The voucher " + id + " is " + voucher.status + ": only an APPROVED voucher is redeemed, once");
        }
        if (voucher.cooperation != null && voucher.cooperation.status != CooperationStatus.COMPLETED) {
            throw new ConflictException("The cooperation " + voucher.cooperation.id + " is " + voucher.cooperation.status
                    + ": a voucher is redeemed once the service was delivered and the cooperation completed");
        }
        if (input.amount().compareTo(voucher.amount) > 0) {
            throw new InvalidFieldException("amount", "must not exceed the approved " + voucher.amount.toPlainString() + " CNY");
        }
        refuseUsedProof(voucher, "contractReference", input.contractReference());
        refuseUsedProof(voucher, "invoiceReference", input.invoiceReference());
        voucher.moveTo(VoucherStatus.REDEMPTION_REQUESTED);
        voucher.redeemedAmount = input.amount();
        voucher.contractReference = input.contractReference().strip();
        voucher.invoiceReference = input.invoiceReference().strip();
        voucher.redeemedOn = LocalDate.now(clock);
        voucher.redemptionRequestedBy = caller.subject();
        voucher.redemptionKey = idempotencyKey;
        records.flush();
        return VoucherView.of(voucher);
    }

    /** The provider confirms the service it was paid for with the voucher, as the enterprise stated it. */
    @Transactional
    public VoucherView confirm(Long id) {
        Voucher voucher = requireVisible(id);
        if (!caller.owns(voucher.institution)) {
            throw new ForbiddenException("Only the owner of the provider, institution " + voucher.institution.id + ", confirms the redemption");
        }
        voucher.moveTo(VoucherStatus.CONFIRMED);
        voucher.confirmedBy = caller.subject();
        voucher.confirmedAt = clock.instant();
        records.flush();
        tell(voucher.enterprise.ownerId, NoticeTopic.REDEMPTION_CONFIRMED, voucher, null);
        return VoucherView.of(voucher);
    }

    /** A second admin, not the one who approved the voucher and no party, approves the payout. */
    @Transactional
    public VoucherView pay(Long id, VoucherDecision decision) {
        caller.requireAdmin("approve payouts");
        Voucher voucher = records.require(Voucher.class, id);
        requireNoParty(voucher);
        if (caller.subject().equals(Decision.of(voucher.decision).by())) {
            throw new ForbiddenException("You approved voucher " + id + ": its payout needs another admin's approval (four eyes)");
        }
        voucher.moveTo(VoucherStatus.PAID);
        voucher.paidBy = caller.subject();
        voucher.paidAt = clock.instant();
        audit.append(caller.subject(), caller.name(), AuditAction.VOUCHER_PAID, RecordKind.VOUCHER, voucher.id,
                voucher.redeemedAmount.toPlainString() + " CNY paid to institution " + voucher.institution.id + " for enterprise "
                        + voucher.enterprise.id, decision == null ? null : decision.reason());
        records.flush();
        tell(voucher.enterprise.ownerId, NoticeTopic.PAYOUT_APPROVED, voucher, null);
        tell(voucher.institution.ownerId, NoticeTopic.PAYOUT_APPROVED, voucher, null);
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

    /**
     * The vouchers of the caller's enterprises and institutions (none for admins, who are no party), newest first,
     * each with the actions the methods above would allow them now: what a page offers. Those methods still decide.
     */
    @Transactional
    public Page<VoucherEntry> mine(int page, int size) {
        return vouchers.page(caller.parties(), null, page, size).map(v -> new VoucherEntry(VoucherView.of(v), actionsOf(v)));
    }

    /**
     * Whether the caller could apply for a voucher on the cooperation: its enterprise's owner, agreed with a
     * registered voucher provider, no voucher yet. The category, the credit code and the caps are checked on applying.
     */
    @Transactional
    public boolean mayApplyFor(Long cooperationId) {
        return records.find(Cooperation.class, cooperationId)
                .filter(c -> caller.owns(c.enterprise) && AGREED.contains(c.status))
                .filter(c -> c.institution != null && c.institution.voucherProviderOn(LocalDate.now(clock)))
                .filter(c -> vouchers.countNotRejected(c) == 0)
                .isPresent();
    }

    private Set<VoucherAction> actionsOf(Voucher voucher) {
        Set<VoucherAction> actions = EnumSet.noneOf(VoucherAction.class);
        boolean delivered = voucher.cooperation == null || voucher.cooperation.status == CooperationStatus.COMPLETED;
        if (voucher.status == VoucherStatus.APPROVED && delivered && caller.owns(voucher.enterprise)) {
            actions.add(VoucherAction.REDEEM);
        }
        if (voucher.status == VoucherStatus.REDEMPTION_REQUESTED && caller.owns(voucher.institution)) {
            actions.add(VoucherAction.CONFIRM);
        }
        return actions;
    }

    private Institution eligibleProvider(Cooperation cooperation, VoucherApplication input) {
        Institution institution = cooperation.institution;
        if (institution == null || !institution.voucherProviderOn(LocalDate.now(clock))) {
            throw new InvalidFieldException("cooperationId", institution != null && institution.voucherProvider
                    ? "the provider's registration for vouchers ended on " + institution.voucherProviderUntil
                    : "the partner of the cooperation is not a registered voucher provider");
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
        requireNoParty(voucher);
        if (voucher.status != VoucherStatus.APPLIED) {
            throw new ConflictException("The voucher " + id + " is " + voucher.status + ": only an APPLIED voucher is approved or rejected");
        }
        if (to == VoucherStatus.APPROVED) {
            budgets.reserve(voucher);
        }
        voucher.moveTo(to);
        voucher.decision = new Decision(reason, caller.subject(), clock.instant());
        audit.append(caller.subject(), caller.name(), to == VoucherStatus.APPROVED ? AuditAction.VOUCHER_APPROVED : AuditAction.VOUCHER_REJECTED,
                RecordKind.VOUCHER, voucher.id, voucher.amount.toPlainString() + " CNY for enterprise " + voucher.enterprise.id, reason);
        records.flush();
        tell(voucher.ownerId, NoticeTopic.VOUCHER_DECIDED, voucher, Labels.zh(to) + (reason == null ? "" : "：" + reason));
        return VoucherView.of(voucher);
    }

    /** Tells a party's owner of the change (see {@link Notice}): the voucher's amount and provider name it. */
    private void tell(String recipient, NoticeTopic topic, Voucher voucher, String detail) {
        notices.fire(Notice.about(recipient, topic, voucher, voucher.amount.toPlainString() + " CNY · " + voucher.institution.displayName(), detail));
    }

    /** Four eyes: the admin who decides is not the applicant and owns neither party. */
    private void requireNoParty(Voucher voucher) {
        if (caller.subject().equals(voucher.ownerId) || caller.owns(voucher.enterprise) || caller.owns(voucher.institution)) {
            throw new ForbiddenException("You applied for voucher " + voucher.id + " or own one of its parties: another admin decides (four eyes)");
        }
    }

    private void refuseUsedProof(Voucher voucher, String field, String reference) {
        vouchers.byProof(field, reference.strip(), voucher).ifPresent(other -> {
            throw new InvalidFieldException(field, "is already the proof of voucher " + other.id + ": a contract or invoice proves one voucher");
        });
    }

    private Voucher requireVisible(Long id) {
        return requireVisible(records.require(Voucher.class, id), id);
    }

    private Voucher requireVisible(Voucher voucher, Long id) {
        if (voucher == null) {
            throw new RecordNotFoundException(RecordKind.VOUCHER.code(), id);
        }
        if (!caller.isAdmin() && !caller.owns(voucher.enterprise) && !caller.owns(voucher.institution)) {
            throw new ForbiddenException("Only the voucher's enterprise, its provider and admins may see voucher " + id);
        }
        return voucher;
    }
}
