package cn.wenzhou.fashion.voucher;

/** APPLIED → APPROVED | REJECTED (by an admin); APPROVED → REDEEMED once the cooperation is completed. */
public enum VoucherStatus {
    APPLIED,
    APPROVED,
    REJECTED,
    REDEEMED
}
