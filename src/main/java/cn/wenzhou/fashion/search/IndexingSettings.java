package cn.wenzhou.fashion.search;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;

/** How the index outbox is processed ({@link IndexEventProcessor}); see README "Indexing". */
@ConfigMapping(prefix = "library.indexing")
public interface IndexingSettings {

    /** How often every instance looks for changes to apply. */
    Duration poll();

    /** Changes applied in one database transaction and one refresh of the indexes. */
    int batchSize();

    /** Attempts of a change that fails for another reason than an unreachable cluster before it is kept as failed. */
    int maxAttempts();

    /** The wait after the first such failure; it doubles with every further one. */
    Duration retryDelay();

    /** The wait between attempts while the cluster cannot be reached (nothing is counted then). */
    Duration unavailableRetryDelay();

    /** How long the processing instance holds the lease without renewing it; another takes over after that. */
    Duration lease();

    /** The longest wait between reads of the outbox while the cluster is unavailable (the wait doubles from one poll). */
    Duration unavailableBackoffMax();

    /** How old the backlog figures of the health check and the metrics may be. */
    Duration backlogRefresh();

    /** How long shutdown waits for the running batch before it releases the lease. */
    Duration shutdownWait();

    /** How often the index schema is created or checked until the cluster is reached once. */
    Duration schemaRetry();

    /**
     * How long a reindex's loading transactions may run: the mass indexer reads one kind's ids in a transaction that
     * stays open until the last of them has been handed on, minutes at a million records.
     */
    Duration reindexTransactionTimeout();
}
