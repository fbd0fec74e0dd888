package cn.wenzhou.fashion.importer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import cn.wenzhou.fashion.common.ClusterOnce;
import cn.wenzhou.fashion.domain.ImportJobRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Deletes import jobs that finished more than {@code library.import.retention} ago, with their line messages (a
 * large file with many bad lines leaves a row per line). Hourly, on one instance of all replicas ({@link ClusterOnce}):
 * the lock is held for 50 minutes, so the other replicas' hourly turns within that time skip it. In chunks of
 * {@code library.import.retention-chunk} rows, each in a transaction of its own, so that a million messages never
 * make one long transaction (locks held, a rollback segment that grows, a replica that falls behind).
 */
@ApplicationScoped
public class ImportJobRetention {

    static final String JOB = "import-job-retention";
    private static final Logger LOG = Logger.getLogger(ImportJobRetention.class);

    private final ImportJobRepository jobs;
    private final ClusterOnce clusterOnce;
    private final Clock clock;
    private final Duration retention;
    private final int chunk;

    public ImportJobRetention(ImportJobRepository jobs, ClusterOnce clusterOnce, Clock clock,
            @ConfigProperty(name = "library.import.retention") Duration retention,
            @ConfigProperty(name = "library.import.retention-chunk") int chunk) {
        this.jobs = jobs;
        this.clusterOnce = clusterOnce;
        this.clock = clock;
        this.retention = retention;
        this.chunk = chunk;
    }

    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void deleteExpired() {
        clusterOnce.run(JOB, Duration.ofMinutes(50), Duration.ofHours(1), this::deleteNow);
    }

    /** Deletes the expired jobs now; how many. */
    int deleteNow() {
        Instant before = clock.instant().minus(retention);
        int deleted = 0;
        List<Long> expired;
        while (!(expired = QuarkusTransaction.requiringNew().call(() -> jobs.finishedBefore(before, chunk))).isEmpty()) {
            List<Long> these = expired;
            while (QuarkusTransaction.requiringNew().call(() -> jobs.deleteMessagesOf(these, chunk)) == chunk) {
                // the next chunk of their messages
            }
            deleted += QuarkusTransaction.requiringNew().call(() -> jobs.deleteJobs(these));
        }
        if (deleted > 0) {
            LOG.infof("Deleted %d import jobs that finished more than %s ago", deleted, retention);
        }
        return deleted;
    }
}
