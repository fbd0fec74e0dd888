package cn.wenzhou.fashion.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

class DrainLoopTest {

    @Test
    void drainsPieceAfterPieceUntilNoneIsLeft() {
        AtomicInteger pieces = new AtomicInteger();
        new DrainLoop(() -> pieces.incrementAndGet() < 4, e -> {
        }).drain();
        assertThat(pieces.get()).isEqualTo(4);
    }

    @Test
    void aCallWhileAnotherThreadDrainsDoesNotWaitButMakesTheDrainerLookAgain() throws InterruptedException {
        AtomicInteger pieces = new AtomicInteger();
        AtomicReference<DrainLoop> loop = new AtomicReference<>();
        List<Boolean> secondCallReturnedWhileDraining = new ArrayList<>();
        loop.set(new DrainLoop(() -> {
            if (pieces.incrementAndGet() == 1) {
                Thread other = new Thread(() -> loop.get().drain());
                other.start();
                try {
                    other.join(10_000);
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                secondCallReturnedWhileDraining.add(!other.isAlive());
            }
            return false;
        }, e -> {
        }));
        loop.get().drain();
        // The second call returned at once; the first thread then drained once more for it.
        assertThat(secondCallReturnedWhileDraining).containsExactly(true);
        assertThat(pieces.get()).isEqualTo(2);
    }

    @Test
    void aFailureIsReportedAndTheNextCallDrainsAgain() {
        AtomicInteger pieces = new AtomicInteger();
        List<String> failures = new ArrayList<>();
        DrainLoop loop = new DrainLoop(() -> {
            if (pieces.incrementAndGet() == 1) {
                throw new IllegalStateException("cluster away");
            }
            return false;
        }, e -> failures.add(e.getMessage()));
        loop.drain();
        assertThat(failures).containsExactly("cluster away");
        assertThat(pieces.get()).isEqualTo(1);
        loop.drain();
        assertThat(pieces.get()).isEqualTo(2);
    }
}
