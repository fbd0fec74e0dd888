package cn.wenzhou.fashion.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Issue 16 review, the outbox's lease: it goes by the database's clock, not an instance's; it is renewed while a batch
 * runs, however long; at shutdown the running batch finishes before the lease is given up. Processors built here
 * beside the application's stand for other instances; the application's own keeps polling, as a replica would.
 */
@QuarkusTest
class OutboxLeaseTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    IndexEventProcessor processor;
    @Inject
    OtherInstances instances;
    @Inject
    EntityManager em;

    private IndexEventProcessor other;

    @AfterEach
    void giveTheLeaseBack() {
        if (other != null) {
            other.releaseLease();
        }
    }

    /** Another instance's processor: its own clock, lease length and batch. */
    private IndexEventProcessor instance(IndexBatch batch, Duration leaseLength, Clock itsClock) {
        return instances.processor(batch, new TestIndexingSettings(leaseLength, Duration.ofSeconds(30), Duration.ZERO), itsClock);
    }

    /** Takes the lease from the application's processor, which holds it between its polls. */
    private void takeLease(IndexEventProcessor taker) {
        OutboxLease itsLease = new OutboxLease(instances.events(), instances.settings());
        await(() -> {
            processor.releaseLease();
            return itsLease.hold(taker.holder());
        }, "the lease taken");
    }

    private String holderNow() {
        return QuarkusTransaction.requiringNew().call(() -> instances.events().leaseHolder().orElse(null));
    }

    @Test
    void anInstanceWhoseClockIsBehindStillHoldsTheLeaseForItsWholeTime() {
        other = instance(batchOf(IndexBatch.Outcome.NOTHING_DUE), instances.settings().lease(),
                Clock.offset(instances.clock(), Duration.ofHours(-2)));
        takeLease(other);
        other.drain();

        processor.drain();
        assertThat(holderNow()).as("the lease holder after the application's processor tried").isEqualTo(other.holder());
    }

    @Test
    void aBatchLongerThanTheLeaseKeepsItRenewedAndShutdownWaitsForIt() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        IndexBatch slow = new IndexBatch(null, null, null, null, null, null) {
            @Override
            Outcome applyNext() {
                started.countDown();
                try {
                    finish.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return Outcome.NOTHING_DUE;
            }
        };
        other = instance(slow, Duration.ofSeconds(2), instances.clock());
        takeLease(other);
        CompletableFuture<Void> draining = CompletableFuture.runAsync(other::drain);
        assertThat(started.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();

        // Past the end of the lease as first taken, the batch still runs and the lease is still its instance's.
        OffsetDateTime firstEnd = databaseNow().plusSeconds(2);
        await(() -> databaseNow().isAfter(firstEnd.plusSeconds(1)), "the first lease run out");
        processor.drain();
        assertThat(holderNow()).as("the lease holder while the long batch runs").isEqualTo(other.holder());

        // Shutdown waits for the running batch, then gives the lease up.
        Thread stopping = new Thread(() -> other.stop(null));
        stopping.start();
        await(() -> stopping.getState() == Thread.State.TIMED_WAITING || !stopping.isAlive(), "shutdown waiting");
        assertThat(stopping.isAlive()).as("shutdown returned while a batch runs").isTrue();
        assertThat(holderNow()).isEqualTo(other.holder());
        finish.countDown();
        stopping.join(PATIENCE.toMillis());
        draining.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        assertThat(stopping.isAlive()).isFalse();
        assertThat(holderNow()).as("the lease holder after shutdown").isNotEqualTo(other.holder());
    }

    private static IndexBatch batchOf(IndexBatch.Outcome outcome) {
        return new IndexBatch(null, null, null, null, null, null) {
            @Override
            Outcome applyNext() {
                return outcome;
            }
        };
    }

    private OffsetDateTime databaseNow() {
        return QuarkusTransaction.requiringNew().call(() -> (OffsetDateTime) em.createNativeQuery("select current_timestamp", OffsetDateTime.class)
                .getSingleResult());
    }

    private static void await(BooleanSupplier condition, String what) {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as(what).isBefore(deadline);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
