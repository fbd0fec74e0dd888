package cn.wenzhou.fashion.search;

import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import cn.wenzhou.fashion.domain.RecordChanged;

/**
 * Counts the changes of the library made through this instance, so that results kept for reuse
 * ({@link RecentResults}) are never served once a record they might contain has changed.
 */
@ApplicationScoped
public class LibraryGeneration {

    private final AtomicLong generation = new AtomicLong();

    /** Grows with every change; results computed at an older generation are out of date. */
    public long current() {
        return generation.get();
    }

    /** A change no record announces, such as a reindex with new dictionaries. */
    public void advance() {
        generation.incrementAndGet();
    }

    void recordChanged(@Observes RecordChanged change) {
        advance();
    }
}
