package cn.wenzhou.fashion.cooperation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.wenzhou.fashion.domain.CooperationStatus;

/** An admin's resolution of a stuck cooperation: COMPLETED or CANCELLED, and why. */
public record Resolution(@NotNull CooperationStatus status, @NotBlank @Size(max = 2000) String reason) {
}
