package cn.wenzhou.fashion.common;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Background work that one thread at a time drains until none is left (the import jobs, the index outbox). A call
 * while another thread drains does not wait: it makes that thread look again once done, so that no work asked for
 * is missed and no two threads of an instance do it at once.
 */
public final class DrainLoop {

    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicBoolean wanted = new AtomicBoolean();
    private final BooleanSupplier step;
    private final Consumer<RuntimeException> failed;

    /**
     * @param step one piece of the work; true while more may be left
     * @param failed told of a failure, which ends this drain (the next call tries again)
     */
    public DrainLoop(BooleanSupplier step, Consumer<RuntimeException> failed) {
        this.step = step;
        this.failed = failed;
    }

    public void drain() {
        wanted.set(true);
        while (wanted.get() && draining.compareAndSet(false, true)) {
            try {
                wanted.set(false);
                while (step.getAsBoolean()) {
                    // the next piece
                }
            } catch (RuntimeException e) {
                failed.accept(e);
            } finally {
                draining.set(false);
            }
        }
    }
}
