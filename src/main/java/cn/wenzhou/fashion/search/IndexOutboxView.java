package cn.wenzhou.fashion.search;

import java.time.Instant;
import java.util.List;

import cn.wenzhou.fashion.domain.IndexEvent;

/**
 * The index outbox as an admin sees it: how many changes wait, how many failed, and the oldest failed ones.
 *
 * @param oldestPendingChange when the oldest change still waiting was made; null when none waits
 */
public record IndexOutboxView(long pendingChanges, long failedChanges, Instant oldestPendingChange, List<FailedChange> failed) {

    /** A change whose indexing failed after every attempt. */
    public record FailedChange(String kind, Long recordId, Instant changedAt, int attempts, String lastError) {

        static FailedChange of(IndexEvent event) {
            return new FailedChange(event.kind.code(), event.recordId, event.createdAt, event.attempts, event.lastError);
        }
    }
}
