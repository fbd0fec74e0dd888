package cn.wenzhou.fashion.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;

import cn.wenzhou.fashion.domain.IndexBacklog;
import cn.wenzhou.fashion.search.IndexEventProcessor;
import io.quarkus.arc.Arc;

/**
 * Waits until the index has applied every change committed so far, through the application's real asynchronous path
 * (the index outbox): it asks the processor to drain now rather than at its next poll, then waits until no change is
 * left. Changes kept as failed do not count. Installed after every writing request by {@link AwaitIndexingFilter};
 * tests that write otherwise (services, import jobs) call it themselves.
 */
public final class IndexingBacklog {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private IndexingBacklog() {
    }

    public static void awaitEmpty() {
        awaitUntil(backlog -> backlog.pending() == 0, "no change waiting to be indexed");
    }

    /** Has the processor drain until the backlog satisfies {@code condition}. */
    public static void awaitUntil(Predicate<IndexBacklog> condition, String what) {
        IndexEventProcessor processor = Arc.container().instance(IndexEventProcessor.class).get();
        Instant deadline = Instant.now().plus(PATIENCE);
        while (true) {
            processor.drain();
            IndexBacklog backlog = processor.backlog();
            if (condition.test(backlog)) {
                return;
            }
            assertThat(Instant.now()).as("%s, still: %s", what, backlog).isBefore(deadline);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
