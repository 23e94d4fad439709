package dev.breakwater.broker.alpaca;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/** Captures scheduled tasks with their delays instead of running them; the test runs them when it likes. */
final class ManualStreamScheduler extends ScheduledThreadPoolExecutor {

    record Task(Runnable command, long delayNanos, boolean periodic) {
    }

    private final List<Task> tasks = new ArrayList<>();

    ManualStreamScheduler() {
        super(1);
    }

    @Override
    public synchronized ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
        tasks.add(new Task(command, unit.toNanos(delay), false));
        return never();
    }

    @Override
    public synchronized ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay,
                                                                  TimeUnit unit) {
        tasks.add(new Task(command, unit.toNanos(delay), true));
        return never();
    }

    synchronized List<Task> tasks() {
        return List.copyOf(tasks);
    }

    /** The last one-shot task scheduled. */
    synchronized Task lastOneShot() {
        for (int i = tasks.size() - 1; i >= 0; i--) {
            if (!tasks.get(i).periodic()) {
                return tasks.get(i);
            }
        }
        throw new AssertionError("nothing scheduled");
    }

    private ScheduledFuture<?> never() {
        // A real handle that can be cancelled but does not fire in the test's lifetime.
        return super.schedule(() -> { }, 1, TimeUnit.DAYS);
    }
}
