package dev.breakwater.orders;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/** Captures periodic tasks instead of running them; the test runs them when it likes. */
final class ManualScheduler extends ScheduledThreadPoolExecutor {

    final List<Runnable> periodic = new ArrayList<>();
    final List<Long> delaysMillis = new ArrayList<>();
    private final List<ScheduledFuture<?>> handles = new ArrayList<>();

    ManualScheduler() {
        super(1);
    }

    @Override
    public ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay, TimeUnit unit) {
        periodic.add(command);
        delaysMillis.add(unit.toMillis(delay));
        // A handle that can be cancelled but never fires on its own.
        ScheduledFuture<?> handle = super.schedule(() -> { }, 1, TimeUnit.DAYS);
        handles.add(handle);
        return handle;
    }

    void runPeriodic() {
        for (int i = 0; i < periodic.size(); i++) {
            if (!handles.get(i).isCancelled()) {
                periodic.get(i).run();
            }
        }
    }
}
