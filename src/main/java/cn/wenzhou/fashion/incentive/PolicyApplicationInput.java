package cn.wenzhou.fashion.incentive;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A member's application for a policy's support: the institution or designer applying, the cost it declares (required
 * for a policy that gives a share of it) and the references of its proof (contracts, invoices, leases).
 */
public record PolicyApplicationInput(
        @NotNull Long policyId,
        @NotNull @Pattern(regexp = "institution|designer", message = "must be institution or designer") String profileKind,
        @NotNull Long profileId,
        @DecimalMin("0.01") @Digits(integer = 10, fraction = 2) BigDecimal declaredCost,
        @Size(max = 10) List<@NotBlank @Size(max = 200) String> documentReferences,
        @Size(max = 2000) String note) {
}
