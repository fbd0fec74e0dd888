package cn.wenzhou.fashion.settlement;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import cn.wenzhou.fashion.domain.District;

/**
 * An institution's or designer's application to settle in: what it brings, its planned presence in Wenzhou (district,
 * space in m², people) and the references of its documents (file numbers or links; the library keeps no files).
 */
public record SettlementInput(
        @NotNull @Pattern(regexp = "institution|designer", message = "must be institution or designer") String profileKind,
        @NotNull Long profileId,
        @NotBlank @Size(max = 4000) String contribution,
        @NotNull District district,
        @NotNull @DecimalMin("0") @Digits(integer = 8, fraction = 2) BigDecimal spaceSquareMetres,
        @NotNull @Min(0) @Max(100000) Integer people,
        @Size(max = 10) List<@NotBlank @Size(max = 200) String> documentReferences) {
}
