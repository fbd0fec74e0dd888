package cn.wenzhou.fashion.domain;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

import io.quarkus.arc.Arc;

/**
 * Writes every change of an indexed {@link LibraryRecord} to the index outbox ({@link IndexEvents}) while the change
 * is flushed, so that the row commits or rolls back with it. A JPA listener is not a CDI bean here, hence the
 * repository is looked up through the container.
 */
public class RecordChanges {
    @PostPersist
    @PostUpdate
    @PostRemove
    void recordChanged(LibraryRecord record) {
        RecordKind kind = RecordKind.of(record);
        if (RecordKind.INDEXED.contains(kind)) {
            Arc.container().instance(IndexEvents.class).get().recordChanged(kind, record.id);
        }
    }
}
