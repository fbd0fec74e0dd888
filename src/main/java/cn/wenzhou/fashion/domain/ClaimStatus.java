package cn.wenzhou.fashion.domain;

import java.util.EnumSet;
import java.util.Set;

/** A claim of a profile waits for an admin, who approves or rejects it; both decisions are final. */
public enum ClaimStatus implements StateMachine<ClaimStatus> {
    PENDING,
    APPROVED,
    REJECTED;

    @Override
    public Set<ClaimStatus> next() {
        return this == PENDING ? EnumSet.of(APPROVED, REJECTED) : EnumSet.noneOf(ClaimStatus.class);
    }
}
