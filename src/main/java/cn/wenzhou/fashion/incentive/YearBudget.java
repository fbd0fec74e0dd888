package cn.wenzhou.fashion.incentive;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** A policy's budget for one calendar year of Wenzhou, in CNY. */
public record YearBudget(
        @NotNull @Min(2000) @Max(2100) Integer year,
        @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal amount) {
}
