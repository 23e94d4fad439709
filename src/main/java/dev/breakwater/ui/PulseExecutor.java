package dev.breakwater.ui;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * An executor for the FX thread that runs its tasks at the next pulse, all of them in that pulse, instead
 * of one {@code Platform.runLater} each. Paired with a coalescer that keeps at most one drain pending
 * ({@link LiveBlotterFeed}), the FX thread applies live updates at most once per pulse however fast they
 * arrive, and in between it is free to render.
 *
 * <p>Create and {@link #start() start} it on the FX thread; {@link #execute} may be called from any thread.
 */
public final class PulseExecutor implements Executor {

    private final Queue<Runnable> due = new ConcurrentLinkedQueue<>();
    private final AtomicLong pulsesWithWork = new AtomicLong();
    private final AtomicLong tasksRun = new AtomicLong();
    private final AnimationTimer pulse = new AnimationTimer() {
        @Override
        public void handle(long now) {
            runDue();
        }
    };

    /** Starts running tasks on every pulse; call on the FX thread. */
    public PulseExecutor start() {
        if (!Platform.isFxApplicationThread()) {
            throw new IllegalStateException("a PulseExecutor starts on the FX thread");
        }
        pulse.start();
        return this;
    }

    public void stop() {
        pulse.stop();
    }

    @Override
    public void execute(Runnable task) {
        due.add(task);
    }

    /** The tasks queued before this pulse; one queued while they run waits for the next pulse. */
    private void runDue() {
        int count = due.size();
        if (count == 0) {
            return;
        }
        pulsesWithWork.incrementAndGet();
        for (int i = 0; i < count; i++) {
            Runnable task = due.poll();
            if (task == null) {
                break;
            }
            tasksRun.incrementAndGet();
            task.run();
        }
    }

    /** Pulses in which at least one task ran. */
    public long pulsesWithWork() {
        return pulsesWithWork.get();
    }

    /** Tasks run so far. */
    public long tasksRun() {
        return tasksRun.get();
    }
}
