package cn.wenzhou.fashion.search;

import java.time.Duration;

/** Outbox settings for processors built by tests, with the lease and back-off they need. */
record TestIndexingSettings(Duration lease, Duration unavailableBackoffMax, Duration backlogRefresh, int batchSize) implements IndexingSettings {

    TestIndexingSettings(Duration lease, Duration unavailableBackoffMax, Duration backlogRefresh) {
        this(lease, unavailableBackoffMax, backlogRefresh, 500);
    }

    @Override
    public Duration poll() {
        return Duration.ofSeconds(1);
    }

    @Override
    public int maxAttempts() {
        return 5;
    }

    @Override
    public Duration retryDelay() {
        return Duration.ofMillis(100);
    }

    @Override
    public Duration unavailableRetryDelay() {
        return Duration.ofSeconds(1);
    }

    @Override
    public Duration shutdownWait() {
        return Duration.ofSeconds(20);
    }

    @Override
    public Duration schemaRetry() {
        return Duration.ofSeconds(1);
    }

    @Override
    public Duration reindexTransactionTimeout() {
        return Duration.ofHours(2);
    }
}
