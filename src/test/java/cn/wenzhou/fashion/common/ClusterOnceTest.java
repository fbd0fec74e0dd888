package cn.wenzhou.fashion.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import cn.wenzhou.fashion.testsupport.Fixtures;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Two instances of the lock stand for two replicas sharing the database (H2 here, PostgreSQL in the PostgreSQL run):
 * of two that take the same job at the same time exactly one runs it.
 */
@QuarkusTest
class ClusterOnceTest {

    private static final Duration AN_HOUR = Duration.ofHours(1);

    @Inject
    DataSource dataSource;

    @Test
    void ofTwoReplicasTakingTheSameJobAtOnceExactlyOneRunsIt() throws Exception {
        var replicaA = new ClusterOnce(dataSource);
        var replicaB = new ClusterOnce(dataSource);
        String job = Fixtures.unique("job");
        var runs = new AtomicInteger();
        var start = new CountDownLatch(1);
        // The replica that runs the job holds it until the other has tried and given up.
        var oneGaveUp = new CountDownLatch(1);
        Runnable work = () -> {
            runs.incrementAndGet();
            await(oneGaveUp);
        };

        List<CompletableFuture<Boolean>> attempts = List.of(replicaA, replicaB).stream()
                .map(replica -> CompletableFuture.supplyAsync(() -> {
                    await(start);
                    boolean ran = replica.run(job, Duration.ZERO, AN_HOUR, work);
                    if (!ran) {
                        oneGaveUp.countDown();
                    }
                    return ran;
                })).toList();
        start.countDown();

        List<Boolean> ran = attempts.stream().map(CompletableFuture::join).toList();
        assertThat(ran).containsExactlyInAnyOrder(true, false);
        assertThat(runs.get()).isEqualTo(1);
    }

    @Test
    void aJobRunsAgainOnceItsHolderIsDoneAndItsLeastTimeIsOver() {
        var replicaA = new ClusterOnce(dataSource);
        var replicaB = new ClusterOnce(dataSource);
        String job = Fixtures.unique("job");
        var runs = new AtomicInteger();

        assertThat(replicaA.run(job, Duration.ZERO, AN_HOUR, runs::incrementAndGet)).isTrue();
        assertThat(replicaB.run(job, Duration.ZERO, AN_HOUR, runs::incrementAndGet)).isTrue();
        assertThat(runs.get()).isEqualTo(2);
    }

    @Test
    void withinItsLeastTimeAJobRunsOnNoOtherReplica() {
        var replicaA = new ClusterOnce(dataSource);
        var replicaB = new ClusterOnce(dataSource);
        String job = Fixtures.unique("job");
        var runs = new AtomicInteger();

        assertThat(replicaA.run(job, AN_HOUR, AN_HOUR, runs::incrementAndGet)).isTrue();
        assertThat(replicaB.run(job, AN_HOUR, AN_HOUR, runs::incrementAndGet)).isFalse();
        assertThat(replicaA.run(job, AN_HOUR, AN_HOUR, runs::incrementAndGet)).isFalse();
        assertThat(runs.get()).isEqualTo(1);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(1, TimeUnit.MINUTES)).as("the other replica's attempt").isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
