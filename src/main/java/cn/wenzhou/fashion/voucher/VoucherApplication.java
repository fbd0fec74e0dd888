package cn.wenzhou.fashion.voucher;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

import cn.wenzhou.fashion.domain.CapabilityCategory;

/** An enterprise's application for a voucher to pay the partner institution of a cooperation. */
public record VoucherApplication(
        @NotNull Long cooperationId,
        @NotNull CapabilityCategory category,
        @NotNull @DecimalMin(value = "0.01") @Digits(integer = 10, fraction = 2) BigDecimal amount) {
}
