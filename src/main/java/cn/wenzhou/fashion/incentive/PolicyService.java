package cn.wenzhou.fashion.incentive;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import cn.wenzhou.fashion.common.ConflictException;
import cn.wenzhou.fashion.common.FieldError;
import cn.wenzhou.fashion.common.InvalidFieldException;
import cn.wenzhou.fashion.common.Lists;
import cn.wenzhou.fashion.common.Page;
import cn.wenzhou.fashion.common.RecordNotFoundException;
import cn.wenzhou.fashion.domain.AmountRule;
import cn.wenzhou.fashion.domain.AuditAction;
import cn.wenzhou.fashion.domain.AuditLog;
import cn.wenzhou.fashion.domain.IncentiveKind;
import cn.wenzhou.fashion.domain.IncentivePolicy;
import cn.wenzhou.fashion.domain.IncentiveRepository;
import cn.wenzhou.fashion.domain.PolicyBudget;
import cn.wenzhou.fashion.domain.RecordKind;
import cn.wenzhou.fashion.domain.Records;
import cn.wenzhou.fashion.security.Caller;

import lombok.RequiredArgsConstructor;

/**
 * The bureau's incentive policies: admins write them as drafts, replace them and publish them (audited); everyone
 * reads the published ones, admins the drafts too. A budget is never set below what approvals already granted of it.
 */
@Singleton
@RequiredArgsConstructor
public class PolicyService {

    private final Records records;
    private final IncentiveRepository incentives;
    private final Caller caller;
    private final AuditLog audit;
    private final Clock clock;

    @Transactional
    public PolicyView create(PolicyInput input) {
        caller.requireAdmin("write incentive policies");
        validate(input);
        var policy = new IncentivePolicy();
        policy.externalId = Records.externalIdOrNew(null, RecordKind.POLICY);
        describe(policy, input);
        records.persist(policy);
        setBudgets(policy, input.budgets());
        return view(policy);
    }

    /** Replaces a policy's text, rules, dates and budgets, on the version the admin read. */
    @Transactional
    public PolicyView update(Long id, PolicyInput input) {
        caller.requireAdmin("write incentive policies");
        validate(input);
        IncentivePolicy policy = records.require(IncentivePolicy.class, id);
        Records.checkVersion(policy, input.version());
        describe(policy, input);
        setBudgets(policy, input.budgets());
        records.flush();
        return view(policy);
    }

    /** Publishes a draft: from now on the public sees it and eligible members apply while it is open. */
    @Transactional
    public PolicyView publish(Long id) {
        caller.requireAdmin("publish incentive policies");
        IncentivePolicy policy = records.require(IncentivePolicy.class, id);
        if (policy.published()) {
            throw new ConflictException("The policy " + id + " was published on " + policy.publishedAt);
        }
        policy.publishedAt = clock.instant();
        policy.publishedBy = caller.subject();
        audit.append(caller.subject(), caller.name(), AuditAction.POLICY_PUBLISHED, RecordKind.POLICY, policy.id,
                policy.kind + " " + policy.titleZh, null);
        records.flush();
        return view(policy);
    }

    /** A published policy, or any for admins; others get 404 for drafts, which do not exist for them yet. */
    @Transactional
    public PolicyView get(Long id) {
        return view(visible(id));
    }

    /** Published policies newest first (all of them for admins), optionally of one kind. */
    @Transactional
    public Page<PolicyView> list(IncentiveKind kind, int page, int size) {
        return incentives.policies(!caller.isAdmin(), kind, page, size).map(this::view);
    }

    /** The policy if the caller may see it; 404 otherwise. */
    IncentivePolicy visible(Long id) {
        IncentivePolicy policy = records.find(IncentivePolicy.class, id).orElse(null);
        if (policy == null || !policy.published() && !caller.isAdmin()) {
            throw new RecordNotFoundException(RecordKind.POLICY.code(), id);
        }
        return policy;
    }

    PolicyView view(IncentivePolicy policy) {
        return PolicyView.of(policy, incentives.budgets(policy).stream().map(BudgetView::of).toList());
    }

    private static void describe(IncentivePolicy policy, PolicyInput input) {
        policy.kind = input.kind();
        policy.titleZh = input.titleZh().strip();
        policy.titleEn = input.titleEn().strip();
        policy.textZh = input.textZh().strip();
        policy.textEn = input.textEn().strip();
        policy.settledOnly = input.settledOnly();
        policy.institutionTypes = Lists.copyOf(input.institutionTypes()).stream().distinct().toList();
        policy.designers = input.designers();
        policy.districts = Lists.copyOf(input.districts()).stream().distinct().toList();
        policy.industries = Lists.copyOf(input.industries()).stream().distinct().toList();
        policy.amountRule = input.amountRule();
        policy.fixedAmount = input.amountRule() == AmountRule.FIXED ? input.fixedAmount() : null;
        policy.costShare = input.amountRule() == AmountRule.SHARE_OF_COST ? input.costShare() : null;
        policy.capPerApplicantYear = input.capPerApplicantYear();
        policy.opensOn = input.opensOn();
        policy.closesOn = input.closesOn();
    }

    /** The rules between fields, all named at once. */
    private static void validate(PolicyInput input) {
        List<FieldError> errors = new ArrayList<>();
        if (input.amountRule() == AmountRule.FIXED && input.fixedAmount() == null) {
            errors.add(new FieldError("fixedAmount", "is required for a FIXED policy"));
        }
        if (input.amountRule() == AmountRule.FIXED && input.fixedAmount() != null && input.fixedAmount().compareTo(input.capPerApplicantYear()) > 0) {
            errors.add(new FieldError("fixedAmount", "must not exceed capPerApplicantYear"));
        }
        if (input.amountRule() == AmountRule.SHARE_OF_COST && input.costShare() == null) {
            errors.add(new FieldError("costShare", "is required for a SHARE_OF_COST policy"));
        }
        if (input.closesOn().isBefore(input.opensOn())) {
            errors.add(new FieldError("closesOn", "must not be before opensOn"));
        }
        if (Lists.copyOf(input.institutionTypes()).isEmpty() && !input.designers()) {
            errors.add(new FieldError("institutionTypes", "name at least one institution type, or open the policy to designers"));
        }
        if (new HashSet<>(input.budgets().stream().map(YearBudget::year).toList()).size() < input.budgets().size()) {
            errors.add(new FieldError("budgets", "must give each year once"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldException(errors);
        }
    }

    /**
     * Sets the budgets given, adding years; a year left out keeps its budget, one below what was granted is refused.
     * An existing year's row is locked as approvals lock it, so that a change of its amount never writes back a stale
     * {@code granted} over an approval's.
     */
    private void setBudgets(IncentivePolicy policy, List<YearBudget> budgets) {
        for (int i = 0; i < budgets.size(); i++) {
            YearBudget given = budgets.get(i);
            PolicyBudget budget = policy.id == null ? null : incentives.lockBudget(policy, given.year()).orElse(null);
            if (budget == null) {
                budget = new PolicyBudget();
                budget.policy = policy;
                budget.year = given.year();
                budget.amount = given.amount();
                incentives.persist(budget);
            } else if (given.amount().compareTo(budget.granted) < 0) {
                throw new InvalidFieldException("budgets[" + i + "].amount", "must not be below the " + budget.granted.toPlainString()
                        + " CNY already granted in " + given.year());
            } else {
                budget.amount = given.amount();
            }
        }
    }
}
