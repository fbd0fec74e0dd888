package cn.wenzhou.fashion.cooperation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An enterprise's request to cooperate with a partner (an institution or a designer) on one of its needs. */
public record CooperationRequest(
        @NotNull Long needId,
        @NotNull @Pattern(regexp = "institution|designer", message = "must be institution or designer") String partnerKind,
        @NotNull Long partnerId,
        @Size(max = 2000) String message) {
}
