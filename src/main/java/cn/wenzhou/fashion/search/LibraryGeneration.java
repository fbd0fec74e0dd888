package cn.wenzhou.fashion.search;

import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Counts the changes that the index applied through this instance ({@link IndexEventProcessor}), so that results
 * kept for reuse ({@link RecentResults}) are never served once a record they might contain has changed in the index.
 * Counted when the index applied a change, not when it was committed: a search between the two would keep the old
 * result under the new count.
 */
@ApplicationScoped
public class LibraryGeneration {

    private final AtomicLong generation = new AtomicLong();

    /** Grows with every change; results computed at an older generation are out of date. */
    public long current() {
        return generation.get();
    }

    /** The index changed: records were indexed or removed, or every index was rebuilt. */
    public void advance() {
        generation.incrementAndGet();
    }
}
