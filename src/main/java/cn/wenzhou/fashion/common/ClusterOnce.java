package cn.wenzhou.fashion.common;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbc.JdbcLockProvider;

/**
 * Runs scheduled work on one instance at a time across replicas (ShedLock): each job has a row in the table
 * {@value #TABLE} (V13), which an instance takes by one conditional update of its {@code lock_until}; the others skip
 * their turn while it is held. The lock is held at least {@code atLeast}, so that a replica whose scheduler fires a
 * little later does not run the job again in the same period, and at most {@code atMost}, after which an instance that
 * died holding it no longer blocks the job. The instances' clocks must agree within a small part of {@code atLeast}.
 */
@ApplicationScoped
public class ClusterOnce {

    static final String TABLE = "scheduled_job_lock";

    private final LockingTaskExecutor executor;

    public ClusterOnce(DataSource dataSource) {
        this.executor = new DefaultLockingTaskExecutor(new JdbcLockProvider(dataSource, TABLE));
    }

    /** Runs {@code job} here unless another instance holds its lock; whether it ran. */
    public boolean run(String name, Duration atLeast, Duration atMost, Runnable job) {
        var ran = new AtomicBoolean();
        Runnable task = () -> {
            ran.set(true);
            job.run();
        };
        executor.executeWithLock(task, new LockConfiguration(Instant.now(), name, atMost, atLeast));
        return ran.get();
    }
}
