package cn.wenzhou.fashion.domain;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

import io.quarkus.arc.Arc;

/**
 * Announces every change of a {@link LibraryRecord} as a {@link RecordChanged} CDI event, so that what depends on
 * the records (results kept for reuse) learns of it without the domain knowing who listens. A JPA listener is
 * not a CDI bean here, hence the event is fired through the container.
 */
public class RecordChanges {
    @PostPersist
    @PostUpdate
    @PostRemove
    void recordChanged(LibraryRecord record) {
        Arc.container().beanManager().getEvent().select(RecordChanged.class).fire(new RecordChanged(RecordKind.of(record), record.id));
    }
}
