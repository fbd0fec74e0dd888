package cn.wenzhou.fashion.voucher;

import jakarta.validation.constraints.Size;

/** An admin's reason for approving (optional) or rejecting (required) an application. */
public record VoucherDecision(@Size(max = 2000) String reason) {
}
