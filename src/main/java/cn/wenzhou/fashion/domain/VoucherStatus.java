package cn.wenzhou.fashion.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * The states of a voucher and the transitions allowed between them: APPLIED → APPROVED | REJECTED (by an
 * admin); APPROVED → REDEEMED once the cooperation is completed. REJECTED and REDEEMED are final.
 */
public enum VoucherStatus implements StateMachine<VoucherStatus> {
    APPLIED,
    APPROVED,
    REJECTED,
    REDEEMED;

    @Override
    public Set<VoucherStatus> next() {
        return switch (this) {
            case APPLIED -> EnumSet.of(APPROVED, REJECTED);
            case APPROVED -> EnumSet.of(REDEEMED);
            case REJECTED, REDEEMED -> EnumSet.noneOf(VoucherStatus.class);
        };
    }
}
