package cn.wenzhou.fashion.incentive;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

import jakarta.enterprise.event.Event;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import cn.wenzhou.fashion.common.ConflictException;
import cn.wenzhou.fashion.common.InvalidFieldException;
import cn.wenzhou.fashion.common.Lists;
import cn.wenzhou.fashion.common.Page;
import cn.wenzhou.fashion.common.RecordNotFoundException;
import cn.wenzhou.fashion.domain.AmountRule;
import cn.wenzhou.fashion.domain.AuditAction;
import cn.wenzhou.fashion.domain.AuditLog;
import cn.wenzhou.fashion.domain.Decision;
import cn.wenzhou.fashion.domain.IncentivePolicy;
import cn.wenzhou.fashion.domain.IncentiveRepository;
import cn.wenzhou.fashion.domain.PartnerProfile;
import cn.wenzhou.fashion.domain.PolicyApplication;
import cn.wenzhou.fashion.domain.PolicyApplicationStatus;
import cn.wenzhou.fashion.domain.PolicyBudget;
import cn.wenzhou.fashion.domain.ProfileRef;
import cn.wenzhou.fashion.domain.RecordKind;
import cn.wenzhou.fashion.domain.Records;
import cn.wenzhou.fashion.security.Caller;
import cn.wenzhou.fashion.settlement.Members;
import cn.wenzhou.fashion.settlement.Reason;
import io.quarkus.security.ForbiddenException;

import lombok.RequiredArgsConstructor;

/**
 * Applications for incentives in the order of {@link PolicyApplicationStatus}, four eyes as vouchers: an eligible
 * member's owner applies while the policy is open; a first admin proposes the amount (at most the member's
 * entitlement under the rule and its yearly cap); a second admin approves it, and the year's budget, locked, never
 * goes over; any of them rejects with a reason; the disbursement is recorded. No admin decides on an application of
 * a profile they own. Each step fires {@link IncentiveDecided}.
 */
@Singleton
@RequiredArgsConstructor
public class PolicyApplicationService {

    private final Records records;
    private final IncentiveRepository incentives;
    private final PolicyService policies;
    private final Members members;
    private final Caller caller;
    private final AuditLog audit;
    private final Event<IncentiveDecided> decided;
    /** Budget years are Wenzhou's calendar years. */
    private final Clock clock;

    @Transactional
    public PolicyApplicationView apply(PolicyApplicationInput input) {
        IncentivePolicy policy = records.find(IncentivePolicy.class, input.policyId()).filter(IncentivePolicy::published)
                .orElseThrow(() -> new InvalidFieldException("policyId", "no published policy with id " + input.policyId()));
        PartnerProfile partner = members.named(input.profileKind(), input.profileId());
        members.requireApprovedOwner(partner, "apply for its incentives");
        String refusal = policy.refusalFor(partner);
        if (refusal != null) {
            throw new ForbiddenException("The " + RecordKind.of(partner).code() + " " + partner.id + " may not apply: " + refusal);
        }
        if (policy.amountRule == AmountRule.SHARE_OF_COST && input.declaredCost() == null) {
            throw new InvalidFieldException("declaredCost", "is required: the policy gives a share of the declared cost");
        }
        LocalDate today = LocalDate.now(clock);
        if (!policy.openOn(today)) {
            throw new ConflictException("The policy " + policy.id + " takes applications from " + policy.opensOn + " to " + policy.closesOn);
        }
        if (incentives.budget(policy, today.getYear()).isEmpty()) {
            throw new ConflictException("The policy " + policy.id + " has no budget for " + today.getYear());
        }
        // Locked so that two applications at once cannot both find none undecided.
        ProfileRef profile = ProfileRef.of(members.of(ProfileRef.of(partner), true));
        if (incentives.countUndecided(profile, policy) > 0) {
            throw new ConflictException("The " + profile.kind().code() + " " + profile.id() + " has an application for policy " + policy.id
                    + " waiting for the bureau's decision");
        }
        if (incentives.grantedTo(profile, policy, today.getYear()).compareTo(policy.capPerApplicantYear) >= 0) {
            throw new ConflictException("The " + profile.kind().code() + " " + profile.id() + " received the policy's cap of "
                    + policy.capPerApplicantYear.toPlainString() + " CNY in " + today.getYear() + " already");
        }
        var application = new PolicyApplication();
        application.externalId = Records.externalIdOrNew(null, RecordKind.POLICY_APPLICATION);
        application.ownerId = caller.subject();
        application.policy = policy;
        application.profileKind = profile.kind();
        application.profileId = profile.id();
        application.year = today.getYear();
        application.declaredCost = input.declaredCost();
        application.documentReferences = Lists.copyOf(input.documentReferences()).stream().map(String::strip).toList();
        application.note = input.note() == null || input.note().isBlank() ? null : input.note().strip();
        application.appliedOn = today;
        records.persist(application);
        return PolicyApplicationView.of(application, partner);
    }

    /** A first admin, no party, proposes the amount to grant: the entitlement when the proposal names none. */
    @Transactional
    public PolicyApplicationView propose(Long id, Proposal proposal) {
        PolicyApplication application = decidable(id, "propose amounts of incentives");
        if (application.status != PolicyApplicationStatus.APPLIED) {
            throw new ConflictException("The policy-application " + id + " is " + application.status + ": amounts are proposed for APPLIED ones");
        }
        BigDecimal most = entitlement(application);
        BigDecimal amount = proposal == null || proposal.amount() == null ? most : proposal.amount();
        if (amount.compareTo(most) > 0) {
            throw new InvalidFieldException("amount", "must not exceed the applicant's entitlement of " + most.toPlainString() + " CNY");
        }
        if (amount.signum() <= 0) {
            throw new ConflictException("The applicant of policy-application " + id + " has nothing left of the policy's yearly cap: reject it");
        }
        application.moveTo(PolicyApplicationStatus.PROPOSED);
        application.proposedAmount = amount;
        application.proposedBy = caller.subject();
        application.proposedAt = clock.instant();
        String reason = proposal == null ? null : Reason.of(new Reason(proposal.reason()));
        audit.append(caller.subject(), caller.name(), AuditAction.POLICY_AMOUNT_PROPOSED, RecordKind.POLICY_APPLICATION, application.id,
                amount.toPlainString() + " CNY of policy " + application.policy.id + " for " + application.profileKind.code() + " " + application.profileId, reason);
        return decided(application, amount, reason);
    }

    /**
     * A second admin, not the one who proposed the amount and no party, approves it. The policy's budget of the
     * application's year is locked first: approvals at once wait for each other, and none takes the budget over.
     */
    @Transactional
    public PolicyApplicationView approve(Long id, Reason body) {
        PolicyApplication application = decidable(id, "approve incentives");
        if (caller.subject().equals(application.proposedBy)) {
            throw new ForbiddenException("You proposed the amount of policy-application " + id + ": another admin approves it (four eyes)");
        }
        if (application.status != PolicyApplicationStatus.PROPOSED) {
            throw new ConflictException("The policy-application " + id + " is " + application.status + ": only a PROPOSED amount is approved");
        }
        PolicyBudget budget = incentives.lockBudget(application.policy, application.year)
                .orElseThrow(() -> new ConflictException("The policy " + application.policy.id + " has no budget for " + application.year));
        BigDecimal amount = application.proposedAmount;
        if (amount.compareTo(budget.left()) > 0) {
            throw new ConflictException(amount.toPlainString() + " CNY would take policy " + application.policy.id + " over its "
                    + application.year + " budget: " + budget.left().toPlainString() + " CNY left of " + budget.amount.toPlainString());
        }
        BigDecimal capLeft = application.policy.capPerApplicantYear.subtract(incentives.grantedTo(application.profile(), application.policy, application.year));
        if (amount.compareTo(capLeft) > 0) {
            throw new ConflictException(amount.toPlainString() + " CNY would take the applicant over the policy's yearly cap: "
                    + capLeft.toPlainString() + " CNY left");
        }
        budget.granted = budget.granted.add(amount);
        application.moveTo(PolicyApplicationStatus.APPROVED);
        application.grantedAmount = amount;
        String reason = Reason.of(body);
        application.decision = new Decision(reason, caller.subject(), clock.instant());
        audit.append(caller.subject(), caller.name(), AuditAction.POLICY_APPLICATION_APPROVED, RecordKind.POLICY_APPLICATION, application.id,
                amount.toPlainString() + " CNY of policy " + application.policy.id + " for " + application.profileKind.code() + " " + application.profileId, reason);
        return decided(application, amount, reason);
    }

    /** An admin, no party, rejects an application before its approval, with a reason. */
    @Transactional
    public PolicyApplicationView reject(Long id, Reason body) {
        String reason = Reason.required(body, "reject an application");
        PolicyApplication application = decidable(id, "reject incentives");
        application.moveTo(PolicyApplicationStatus.REJECTED);
        application.decision = new Decision(reason, caller.subject(), clock.instant());
        audit.append(caller.subject(), caller.name(), AuditAction.POLICY_APPLICATION_REJECTED, RecordKind.POLICY_APPLICATION, application.id,
                "policy " + application.policy.id + " for " + application.profileKind.code() + " " + application.profileId, reason);
        return decided(application, null, reason);
    }

    /** An admin, no party, records the payment of an approved support: at most the amount granted. */
    @Transactional
    public PolicyApplicationView disburse(Long id, Disbursement input) {
        PolicyApplication application = decidable(id, "record disbursements");
        if (application.status != PolicyApplicationStatus.APPROVED) {
            throw new ConflictException("The policy-application " + id + " is " + application.status + ": only an APPROVED support is disbursed, once");
        }
        if (input.amount().compareTo(application.grantedAmount) > 0) {
            throw new InvalidFieldException("amount", "must not exceed the " + application.grantedAmount.toPlainString() + " CNY granted");
        }
        application.moveTo(PolicyApplicationStatus.DISBURSED);
        application.disbursedAmount = input.amount();
        application.disbursementReference = input.reference().strip();
        application.disbursedOn = LocalDate.now(clock);
        application.disbursedBy = caller.subject();
        audit.append(caller.subject(), caller.name(), AuditAction.POLICY_DISBURSED, RecordKind.POLICY_APPLICATION, application.id,
                input.amount().toPlainString() + " CNY paid, reference " + application.disbursementReference, null);
        return decided(application, input.amount(), null);
    }

    @Transactional
    public PolicyApplicationView get(Long id) {
        PolicyApplication application = records.require(PolicyApplication.class, id);
        return PolicyApplicationView.of(application, members.ofReadable(application, application.profile()));
    }

    /** The applications of the caller's institutions and designers (all of them for admins), newest first. */
    @Transactional
    public Page<PolicyApplicationView> list(Long policyId, PolicyApplicationStatus status, int page, int size) {
        caller.requireSignedIn();
        return incentives.applications(caller.isAdmin() ? null : caller.parties(), policyId, status, page, size).map(this::view);
    }

    /** The caller's own applications, never all of them (admins own none): what the workspace lists. */
    @Transactional
    public Page<PolicyApplicationView> mine(int page, int size) {
        return incentives.applications(caller.parties(), null, null, page, size).map(this::view);
    }

    private PolicyApplicationView view(PolicyApplication application) {
        return PolicyApplicationView.of(application, members.of(application.profile(), false));
    }

    /** What the member may be granted on this application: the rule's amount, within what is left of its yearly cap. */
    private BigDecimal entitlement(PolicyApplication application) {
        IncentivePolicy policy = application.policy;
        BigDecimal capLeft = policy.capPerApplicantYear.subtract(incentives.grantedTo(application.profile(), policy, application.year));
        BigDecimal rule = policy.entitlement(application.declaredCost);
        return rule.min(capLeft).max(BigDecimal.ZERO);
    }

    /** The application, locked, for an admin who is no party: neither its applicant nor the profile's owner. */
    private PolicyApplication decidable(Long id, String what) {
        caller.requireAdmin(what);
        PolicyApplication application = records.lock(PolicyApplication.class, id);
        if (application == null) {
            throw new RecordNotFoundException(RecordKind.POLICY_APPLICATION.code(), id);
        }
        PartnerProfile partner = members.of(application.profile(), false);
        if (caller.owns(partner) || caller.owns(application)) {
            throw new ForbiddenException("You applied for policy-application " + id + " or own its applicant: another admin decides (four eyes)");
        }
        return application;
    }

    private PolicyApplicationView decided(PolicyApplication application, BigDecimal amount, String reason) {
        records.flush();
        decided.fire(new IncentiveDecided(application.id, application.policy.id, application.profile(), application.ownerId,
                application.status, amount, reason));
        return view(application);
    }
}
