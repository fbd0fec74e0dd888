package cn.wenzhou.fashion.domain;

import java.util.Map;
import java.util.Set;

/**
 * A batch of the index outbox was applied (a CDI event, fired after its transaction committed): these records, new,
 * changed or deleted, are now searchable as they are. Alerts evaluate them here rather than on every change, so that
 * they score records exactly as search and matching see them.
 */
public record RecordsIndexed(Map<RecordKind, Set<Long>> records) {
}
