package cn.wenzhou.fashion.cooperation;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** The other side's confirmation of proposed terms: the version it read, so that it never confirms terms it has not seen. */
public record Confirmation(@NotNull @Min(1) Integer termsVersion) {
}
