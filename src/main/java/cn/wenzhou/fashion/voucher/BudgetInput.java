package cn.wenzhou.fashion.voucher;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An admin's voucher budget for a year and area, in CNY, with the reason the audit log keeps. */
public record BudgetInput(
        @NotNull @DecimalMin(value = "0") @Digits(integer = 12, fraction = 2) BigDecimal amount,
        @Size(max = 2000) String reason) {
}
