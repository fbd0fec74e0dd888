package cn.wenzhou.fashion.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import cn.wenzhou.fashion.domain.ImportJob;
import cn.wenzhou.fashion.domain.ImportJobMessage;
import cn.wenzhou.fashion.domain.ImportJobStatus;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** Finished import jobs older than library.import.retention (90 days) go, with their messages; the rest stay. */
@QuarkusTest
class ImportJobRetentionTest {

    @Inject
    ImportJobRetention retention;

    @Inject
    TransactionsOfAThread transactions;

    private static Long job(ImportJobStatus status, Duration finishedAgo) {
        return job(status, finishedAgo, 1);
    }

    private static Long job(ImportJobStatus status, Duration finishedAgo, int lines) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var job = new ImportJob();
            job.status = status;
            job.submittedBy = "retention-test";
            job.submittedAt = Instant.now().minus(Duration.ofDays(100));
            job.finishedAt = finishedAgo == null ? null : Instant.now().minus(finishedAgo);
            if (status == ImportJobStatus.RUNNING) {
                // Held by a worker elsewhere: no worker of this test run takes it.
                job.claimedBy = "worker-elsewhere";
                job.leaseUntil = Instant.now().plus(Duration.ofDays(1));
            }
            job.persist();
            for (int line = 1; line <= lines; line++) {
                var message = new ImportJobMessage();
                message.jobId = job.id;
                message.severity = ImportJobMessage.ERROR;
                message.line = line;
                message.message = "bad line";
                message.persist();
            }
            return job.id;
        });
    }

    private static boolean exists(Long id) {
        return QuarkusTransaction.requiringNew().call(() -> ImportJob.findById(id) != null);
    }

    private static long messages(Long id) {
        return QuarkusTransaction.requiringNew().call(() -> ImportJobMessage.count("jobId", id));
    }

    @Test
    void jobsFinishedOverNinetyDaysAgoAreDeletedWithTheirMessages() {
        Long finishedLongAgo = job(ImportJobStatus.FINISHED, Duration.ofDays(91));
        Long stoppedLongAgo = job(ImportJobStatus.STOPPED, Duration.ofDays(120));
        Long finishedRecently = job(ImportJobStatus.FINISHED, Duration.ofDays(89));
        Long stillRunning = job(ImportJobStatus.RUNNING, null);

        assertThat(retention.deleteNow()).isEqualTo(2);

        assertThat(exists(finishedLongAgo)).isFalse();
        assertThat(exists(stoppedLongAgo)).isFalse();
        assertThat(messages(finishedLongAgo)).isZero();
        assertThat(exists(finishedRecently)).isTrue();
        assertThat(messages(finishedRecently)).isEqualTo(1);
        assertThat(exists(stillRunning)).isTrue();
        QuarkusTransaction.requiringNew().run(() -> ImportJob.deleteById(stillRunning));
    }

    /**
     * Issue 16 review: a job of a large file with thousands of bad lines goes in transactions of at most
     * library.import.retention-chunk (1,000) rows each, never in one.
     */
    @Test
    void manyMessagesAreDeletedInChunksEachInATransactionOfItsOwn() {
        Long manyBadLines = job(ImportJobStatus.FINISHED, Duration.ofDays(95), 2_500);

        transactions.watch();
        int deleted = retention.deleteNow();
        int begun = transactions.stop();

        assertThat(deleted).isEqualTo(1);
        assertThat(exists(manyBadLines)).isFalse();
        assertThat(messages(manyBadLines)).isZero();
        // The expired jobs read twice (that one, then none), its 2,500 messages in 3 chunks, then the job itself.
        assertThat(begun).as("transactions").isEqualTo(6);
    }
}
