package cn.wenzhou.fashion.voucher;

import java.util.Set;

/** A voucher of the caller's enterprise or institution with the actions its state allows them now. */
public record VoucherEntry(VoucherView voucher, Set<VoucherAction> actions) {
}
