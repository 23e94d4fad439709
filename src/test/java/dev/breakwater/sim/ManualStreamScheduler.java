package dev.breakwater.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.Delayed;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A scheduler whose tasks run only when the test says so, on the test's thread: the fault timers of the
 * stream then fire at a known point of the test, whatever their delays, with no waiting.
 */
final class ManualStreamScheduler extends AbstractExecutorService implements ScheduledExecutorService {

    private final List<ManualTask<?>> pending = new ArrayList<>();

    /** Runs every task scheduled and not cancelled: one-shot tasks once, periodic ones one more tick. */
    void runPending() {
        List<ManualTask<?>> due;
        synchronized (pending) {
            pending.removeIf(ManualTask::isDone);
            due = List.copyOf(pending);
        }
        due.forEach(ManualTask::fire);
    }

    /** Tasks scheduled and not yet done or cancelled. */
    int pendingCount() {
        synchronized (pending) {
            pending.removeIf(ManualTask::isDone);
            return pending.size();
        }
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
        return add(new ManualTask<>(command, null, false));
    }

    @Override
    public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
        return add(new ManualTask<>(callable, false));
    }

    @Override
    public ScheduledFuture<?> scheduleAtFixedRate(Runnable command, long initialDelay, long period, TimeUnit unit) {
        return add(new ManualTask<>(command, null, true));
    }

    @Override
    public ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay, TimeUnit unit) {
        return add(new ManualTask<>(command, null, true));
    }

    @Override
    public void execute(Runnable command) {
        add(new ManualTask<>(command, null, false));
    }

    private <V> ManualTask<V> add(ManualTask<V> task) {
        synchronized (pending) {
            pending.add(task);
        }
        return task;
    }

    @Override
    public void shutdown() {
    }

    @Override
    public List<Runnable> shutdownNow() {
        return List.of();
    }

    @Override
    public boolean isShutdown() {
        return false;
    }

    @Override
    public boolean isTerminated() {
        return false;
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) {
        return true;
    }

    private static final class ManualTask<V> extends FutureTask<V> implements ScheduledFuture<V> {

        private final boolean periodic;

        ManualTask(Runnable runnable, V result, boolean periodic) {
            super(runnable, result);
            this.periodic = periodic;
        }

        ManualTask(Callable<V> callable, boolean periodic) {
            super(callable);
            this.periodic = periodic;
        }

        void fire() {
            if (periodic) {
                runAndReset();
            } else {
                run();
            }
        }

        @Override
        public long getDelay(TimeUnit unit) {
            return 0;
        }

        @Override
        public int compareTo(Delayed other) {
            return Long.compare(getDelay(TimeUnit.NANOSECONDS), other.getDelay(TimeUnit.NANOSECONDS));
        }
    }
}
