package cn.wenzhou.fashion.importer;

import java.time.Clock;
import java.time.Duration;

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
 * the lock is held for 50 minutes, so the other replicas' hourly turns within that time skip it.
 */
@ApplicationScoped
public class ImportJobRetention {

    static final String JOB = "import-job-retention";
    private static final Logger LOG = Logger.getLogger(ImportJobRetention.class);

    private final ImportJobRepository jobs;
    private final ClusterOnce clusterOnce;
    private final Clock clock;
    private final Duration retention;

    public ImportJobRetention(ImportJobRepository jobs, ClusterOnce clusterOnce, Clock clock,
            @ConfigProperty(name = "library.import.retention") Duration retention) {
        this.jobs = jobs;
        this.clusterOnce = clusterOnce;
        this.clock = clock;
        this.retention = retention;
    }

    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void deleteExpired() {
        clusterOnce.run(JOB, Duration.ofMinutes(50), Duration.ofHours(1), this::deleteNow);
    }

    /** Deletes the expired jobs now; how many. */
    int deleteNow() {
        int deleted = QuarkusTransaction.requiringNew().call(() -> jobs.deleteFinishedBefore(clock.instant().minus(retention)));
        if (deleted > 0) {
            LOG.infof("Deleted %d import jobs that finished more than %s ago", deleted, retention);
        }
        return deleted;
    }
}
