package cn.wenzhou.fashion.incentive;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.wenzhou.fashion.domain.AmountRule;
import cn.wenzhou.fashion.domain.District;
import cn.wenzhou.fashion.domain.IncentiveKind;
import cn.wenzhou.fashion.domain.Industry;
import cn.wenzhou.fashion.domain.InstitutionType;

/**
 * An incentive policy as an admin writes it: kind, zh+en text, who may apply (settled members only or not, the
 * institution types, designers or not, districts and industries, where an empty list means any), the amount rule
 * (a fixed amount, or a share of the declared cost), the cap per applicant and year, open and close dates, and a
 * budget per year. {@code version}: the one read, when replacing.
 */
public record PolicyInput(
        @NotNull IncentiveKind kind,
        @NotBlank @Size(max = 200) String titleZh,
        @NotBlank @Size(max = 200) String titleEn,
        @NotBlank @Size(max = 8000) String textZh,
        @NotBlank @Size(max = 8000) String textEn,
        boolean settledOnly,
        @Size(max = 20) List<@NotNull InstitutionType> institutionTypes,
        boolean designers,
        @Size(max = 20) List<@NotNull District> districts,
        @Size(max = 20) List<@NotNull Industry> industries,
        @NotNull AmountRule amountRule,
        @DecimalMin("0.01") @Digits(integer = 10, fraction = 2) BigDecimal fixedAmount,
        @DecimalMin("0.0001") @DecimalMax("1") @Digits(integer = 1, fraction = 4) BigDecimal costShare,
        @NotNull @DecimalMin("0.01") @Digits(integer = 10, fraction = 2) BigDecimal capPerApplicantYear,
        @NotNull LocalDate opensOn,
        @NotNull LocalDate closesOn,
        @NotEmpty @Size(max = 20) List<@NotNull @Valid YearBudget> budgets,
        Long version) {
}
