package cn.wenzhou.fashion.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * The order of an application for an incentive, four eyes as vouchers: APPLIED (by the member) → PROPOSED (a first
 * admin proposes the amount) → APPROVED (a second admin, within the year's budget) → DISBURSED (the payment recorded);
 * APPLIED or PROPOSED → REJECTED (by an admin, with a reason).
 */
public enum PolicyApplicationStatus implements StateMachine<PolicyApplicationStatus> {
    APPLIED,
    PROPOSED,
    APPROVED,
    REJECTED,
    DISBURSED;

    @Override
    public Set<PolicyApplicationStatus> next() {
        return switch (this) {
            case APPLIED -> EnumSet.of(PROPOSED, REJECTED);
            case PROPOSED -> EnumSet.of(APPROVED, REJECTED);
            case APPROVED -> EnumSet.of(DISBURSED);
            case REJECTED, DISBURSED -> EnumSet.noneOf(PolicyApplicationStatus.class);
        };
    }

    /** Applications that still wait for a decision. */
    public static final Set<PolicyApplicationStatus> UNDECIDED = EnumSet.of(APPLIED, PROPOSED);
    /** Applications whose amount was granted. */
    public static final Set<PolicyApplicationStatus> GRANTED = EnumSet.of(APPROVED, DISBURSED);
}
