package cn.wenzhou.fashion.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * The states of a cooperation and the transitions allowed between them:
 * REQUESTED → ACCEPTED | DECLINED | CANCELLED; ACCEPTED → AGREED | CANCELLED; AGREED → IN_PROGRESS | CANCELLED;
 * IN_PROGRESS → COMPLETED | CANCELLED. DECLINED, COMPLETED and CANCELLED are final.
 */
public enum CooperationStatus implements StateMachine<CooperationStatus> {
    REQUESTED,
    ACCEPTED,
    DECLINED,
    AGREED,
    IN_PROGRESS,
    COMPLETED,
    CANCELLED;

    @Override
    public Set<CooperationStatus> next() {
        return switch (this) {
            case REQUESTED -> EnumSet.of(ACCEPTED, DECLINED, CANCELLED);
            case ACCEPTED -> EnumSet.of(AGREED, CANCELLED);
            case AGREED -> EnumSet.of(IN_PROGRESS, CANCELLED);
            case IN_PROGRESS -> EnumSet.of(COMPLETED, CANCELLED);
            case DECLINED, COMPLETED, CANCELLED -> EnumSet.noneOf(CooperationStatus.class);
        };
    }
}
