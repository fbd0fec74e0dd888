package cn.wenzhou.fashion.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A service a partner offers; voucher-eligible ones may be paid with innovation vouchers (创新券). */
public record Capability(
        @NotNull CapabilityCategory category,
        @NotBlank @Size(max = 200) String title,
        @Size(max = 2000) String description,
        boolean voucherEligible) {
}
