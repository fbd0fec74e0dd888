package cn.wenzhou.fashion.domain;

/** A CDI event: a record was created, changed or deleted (fired by {@link RecordChanges}). */
public record RecordChanged(RecordKind kind, Long id) {
}
