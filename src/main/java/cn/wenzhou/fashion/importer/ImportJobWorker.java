package cn.wenzhou.fashion.importer;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

import cn.wenzhou.fashion.common.DrainLoop;
import cn.wenzhou.fashion.domain.ImportJob;
import cn.wenzhou.fashion.domain.ImportJobMessage;
import cn.wenzhou.fashion.domain.ImportJobRepository;
import cn.wenzhou.fashion.domain.ImportJobStatus;
import cn.wenzhou.fashion.importer.ImportReport.LineMessage;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

import lombok.RequiredArgsConstructor;

/**
 * Runs import jobs in the background, one at a time per instance. A job is claimed for a lease
 * ({@code library.import.lease}) by one conditional update, so of several replicas exactly one runs it; each chunk's
 * transaction writes the records, adds to the job's counts, moves its position and renews the lease, all at once.
 * A job whose instance died keeps its position: when the lease has run out, the next poll of any replica
 * ({@code library.import.poll}) takes it over and goes on from there (the upload is parsed again, its parse messages
 * are not recorded twice). A job that fails unexpectedly is tried again, and stopped after {@link #MAX_ATTEMPTS}.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class ImportJobWorker {

    private static final Logger LOG = Logger.getLogger(ImportJobWorker.class);
    static final int MAX_ATTEMPTS = 3;

    private final ImportService importer;
    private final ImportJobRepository jobs;
    private final ManagedExecutor executor;
    private final Clock clock;
    @ConfigProperty(name = "library.import.lease")
    private final Duration lease;
    /** Who holds a job: this instance's worker, unique across replicas and restarts. */
    private final String name = "worker-" + UUID.randomUUID();
    private final DrainLoop drainLoop = new DrainLoop(this::runNext, e -> LOG.error("Import worker failed; the next poll tries again", e));

    /** Starts the work of a job just submitted here, without waiting for the next poll. */
    void wake() {
        executor.runAsync(this::drain);
    }

    /** Queued jobs, and jobs of instances that died (their lease ran out), from any replica. */
    @Scheduled(every = "${library.import.poll}", delayed = "${library.import.poll}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        drain();
    }

    /** Runs claimable jobs until none is left; a call while another drains makes that one look again. */
    void drain() {
        drainLoop.drain();
    }

    private boolean runNext() {
        List<Long> claimable = QuarkusTransaction.requiringNew().call(() -> jobs.claimable(clock.instant(), 10));
        for (Long id : claimable) {
            boolean claimed = QuarkusTransaction.requiringNew().call(() -> jobs.claim(id, name, clock.instant(), leaseEnd()));
            if (claimed) {
                run(id);
                return true;
            }
        }
        return false;
    }

    private void run(Long id) {
        try {
            ImportJob job = QuarkusTransaction.requiringNew().call(() -> jobs.find(id));
            if (job.attempts > MAX_ATTEMPTS) {
                stop(id, "stopped after " + MAX_ATTEMPTS + " attempts; see the service's log");
                return;
            }
            byte[] upload = QuarkusTransaction.requiringNew().call(() -> jobs.upload(id));
            ParsedImport parsed;
            try (var reader = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(upload), StandardCharsets.UTF_8))) {
                parsed = importer.parse(reader);
            }
            if (!job.parsed) {
                QuarkusTransaction.requiringNew().run(() -> recordParsed(id, parsed));
            }
            importer.write(parsed.valid(), job.position, job.overwriteOwned, tally -> count(id, tally));
            ImportJob written = QuarkusTransaction.requiringNew().call(() -> held(id));
            importer.mergeAfterBulkLoad(written.created + written.updated);
            QuarkusTransaction.requiringNew().run(() -> finish(held(id), ImportJobStatus.FINISHED, null));
            LOG.infof("Import job %d finished: %d lines, %d failed", id, written.linesRead, written.failed);
        } catch (ImportProgress.Stop lost) {
            LOG.infof("Import job %d: %s", id, lost.getMessage());
        } catch (IOException | RuntimeException e) {
            LOG.errorf(e, "Import job %d failed (attempt allowed: %d)", id, MAX_ATTEMPTS);
            QuarkusTransaction.requiringNew().run(() -> {
                ImportJob job = jobs.held(id, name);
                if (job != null) {
                    // Given back at once: the next attempt goes on from the last chunk written.
                    job.status = ImportJobStatus.QUEUED;
                    job.claimedBy = null;
                    job.leaseUntil = null;
                }
            });
        }
    }

    private void recordParsed(Long id, ParsedImport parsed) {
        ImportJob job = held(id);
        job.parsed = true;
        job.linesRead = parsed.lines();
        job.failed += ImportTally.failedLines(parsed.errors());
        add(id, ImportJobMessage.ERROR, parsed.errors());
        add(id, ImportJobMessage.WARNING, parsed.warnings());
    }

    /** Inside the chunk's transaction: the chunk's counts, where the job stands now, and a renewed lease. */
    private void count(Long id, ImportTally tally) {
        ImportJob job = held(id);
        job.created += tally.created();
        job.updated += tally.updated();
        job.leftOut += tally.leftOut();
        job.failed += ImportTally.failedLines(tally.errors());
        job.position += tally.handled();
        add(id, ImportJobMessage.ERROR, tally.errors());
        add(id, ImportJobMessage.WARNING, tally.warnings());
    }

    /** The job, locked, with its lease renewed, as long as this worker holds it. */
    private ImportJob held(Long id) {
        ImportJob job = jobs.held(id, name);
        if (job == null) {
            throw new ImportProgress.Stop("taken over by another worker after this one's lease ran out; stopping here");
        }
        job.leaseUntil = leaseEnd();
        return job;
    }

    private void stop(Long id, String problem) {
        QuarkusTransaction.requiringNew().run(() -> {
            ImportJob job = jobs.held(id, name);
            if (job != null) {
                finish(job, ImportJobStatus.STOPPED, problem);
            }
        });
    }

    private void finish(ImportJob job, ImportJobStatus status, String problem) {
        job.status = status;
        job.problem = problem;
        job.finishedAt = clock.instant();
        job.claimedBy = null;
        job.leaseUntil = null;
        jobs.deleteUpload(job.id);
    }

    private void add(Long id, String severity, List<LineMessage> messages) {
        for (LineMessage m : messages) {
            var message = new ImportJobMessage();
            message.jobId = id;
            message.severity = severity;
            message.line = m.line();
            message.externalId = cut(m.externalId(), 200);
            message.field = cut(m.field(), 200);
            message.message = cut(m.message(), 2000);
            jobs.add(message);
        }
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private java.time.Instant leaseEnd() {
        return clock.instant().plus(lease);
    }
}
