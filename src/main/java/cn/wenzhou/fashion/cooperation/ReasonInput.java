package cn.wenzhou.fashion.cooperation;

import jakarta.validation.constraints.Size;

/** Why a party declines or cancels; optional. */
public record ReasonInput(@Size(max = 2000) String reason) {
}
