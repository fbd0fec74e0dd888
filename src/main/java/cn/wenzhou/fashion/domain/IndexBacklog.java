package cn.wenzhou.fashion.domain;

import java.time.Instant;

/**
 * What the index outbox holds: changes still to apply (due now or waiting for their next attempt), changes whose
 * indexing failed for good, and when the oldest change still to apply was made (null when none is).
 */
public record IndexBacklog(long pending, long failed, Instant oldestPending) {
}
