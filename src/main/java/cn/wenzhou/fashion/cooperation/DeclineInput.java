package cn.wenzhou.fashion.cooperation;

import jakarta.validation.constraints.Size;

import cn.wenzhou.fashion.domain.DeclineReason;

/**
 * Why the partner declines: {@code code} from the short list, {@code reason} in their words (required with
 * {@code OTHER}). Without a code the decline counts as {@code OTHER}, so that clients written before the list still
 * decline with only their words, or none.
 */
public record DeclineInput(DeclineReason code, @Size(max = 2000) String reason) {
}
