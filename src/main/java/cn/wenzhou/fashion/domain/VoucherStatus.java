package cn.wenzhou.fashion.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * The order of the innovation-voucher (创新券) system: APPLIED (by the enterprise) → APPROVED | REJECTED (by
 * an admin who is no party) → REDEMPTION_REQUESTED (by the enterprise, with the contract and invoice, once
 * the service was delivered) → CONFIRMED (by the provider) → PAID (on the approval of an admin other than
 * the one who approved the voucher). REJECTED and PAID are final; only PAID counts as redeemed.
 */
public enum VoucherStatus implements StateMachine<VoucherStatus> {
    APPLIED,
    APPROVED,
    REJECTED,
    REDEMPTION_REQUESTED,
    CONFIRMED,
    PAID;

    @Override
    public Set<VoucherStatus> next() {
        return switch (this) {
            case APPLIED -> EnumSet.of(APPROVED, REJECTED);
            case APPROVED -> EnumSet.of(REDEMPTION_REQUESTED);
            case REDEMPTION_REQUESTED -> EnumSet.of(CONFIRMED);
            case CONFIRMED -> EnumSet.of(PAID);
            case REJECTED, PAID -> EnumSet.noneOf(VoucherStatus.class);
        };
    }
}
