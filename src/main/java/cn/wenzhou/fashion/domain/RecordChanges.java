package cn.wenzhou.fashion.common;

import java.util.concurrent.atomic.AtomicLong;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/**
 * Counts the changes of records made through this instance (a JPA listener of every {@link LibraryRecord}),
 * so that results kept for reuse are never served once a record they might contain has changed.
 */
public class LibraryChanges {

    private static final AtomicLong GENERATION = new AtomicLong();

    /** Grows with every change; results computed at an older generation are out of date. */
    public static long generation() {
        return GENERATION.get();
    }

    /** A change the listener does not see, such as a reindex with new dictionaries. */
    public static void changed() {
        GENERATION.incrementAndGet();
    }

    @PostPersist
    @PostUpdate
    @PostRemove
    void recordChanged(LibraryRecord record) {
        changed();
    }
}
