package cn.wenzhou.fashion.incentive;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;

/** The first admin's proposal: the amount to grant (the applicant's entitlement when left out) and why. */
public record Proposal(
        @DecimalMin("0.01") @Digits(integer = 10, fraction = 2) BigDecimal amount,
        @Size(max = 2000) String reason) {
}
