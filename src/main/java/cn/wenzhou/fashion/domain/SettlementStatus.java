package cn.wenzhou.fashion.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * The order of settling in (入驻): APPLIED (by the profile's owner) → APPROVED | REJECTED (by an admin who is no
 * party) or CANCELLED (by the owner, while undecided); APPROVED → WITHDRAWN when an admin withdraws the settlement
 * with a reason. Only APPROVED leaves the partner settled.
 */
public enum SettlementStatus implements StateMachine<SettlementStatus> {
    APPLIED,
    APPROVED,
    REJECTED,
    CANCELLED,
    WITHDRAWN;

    @Override
    public Set<SettlementStatus> next() {
        return switch (this) {
            case APPLIED -> EnumSet.of(APPROVED, REJECTED, CANCELLED);
            case APPROVED -> EnumSet.of(WITHDRAWN);
            case REJECTED, CANCELLED, WITHDRAWN -> EnumSet.noneOf(SettlementStatus.class);
        };
    }
}
