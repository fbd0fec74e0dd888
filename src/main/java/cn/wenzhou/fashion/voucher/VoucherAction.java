package cn.wenzhou.fashion.voucher;

/** What a party may do with a voucher: the enterprise requests its redemption, the provider confirms it. */
public enum VoucherAction {
    REDEEM,
    CONFIRM
}
