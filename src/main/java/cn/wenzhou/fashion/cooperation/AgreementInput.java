package cn.wenzhou.fashion.cooperation;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.wenzhou.fashion.domain.AgreementType;

/** The agreement the parties record once the request is accepted. */
public record AgreementInput(
        @NotNull AgreementType type,
        @NotBlank @Size(max = 4000) String terms,
        @NotNull LocalDate startDate,
        @NotNull LocalDate endDate) {
}
