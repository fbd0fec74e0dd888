package cn.wenzhou.fashion.records;

import jakarta.validation.constraints.Size;

/** An admin's decision on a claim: the reason is required to reject. */
public record ClaimDecision(@Size(max = 2000) String reason) {
}
