package dev.breakwater.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/** Captures scheduled tasks instead of running them; the test runs them when it likes. */
public final class ManualScheduler extends ScheduledThreadPoolExecutor {

    public final List<Runnable> oneShots = new ArrayList<>();
    public final List<Long> oneShotDelaysMillis = new ArrayList<>();
    public final List<Runnable> periodic = new ArrayList<>();
    public final List<Long> periodMillis = new ArrayList<>();
    private final List<ScheduledFuture<?>> periodicHandles = new ArrayList<>();
    private final List<ScheduledFuture<?>> oneShotHandles = new ArrayList<>();

    public ManualScheduler() {
        super(1);
    }

    @Override
    public synchronized ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
        oneShots.add(command);
        oneShotDelaysMillis.add(unit.toMillis(delay));
        ScheduledFuture<?> handle = neverFiring();
        oneShotHandles.add(handle);
        return handle;
    }

    @Override
    public synchronized ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay,
                                                                  TimeUnit unit) {
        periodic.add(command);
        periodMillis.add(unit.toMillis(delay));
        ScheduledFuture<?> handle = neverFiring();
        periodicHandles.add(handle);
        return handle;
    }

    private ScheduledFuture<?> neverFiring() {
        // A real handle that can be cancelled but fires only after a day (never, within a test).
        return super.schedule(() -> { }, 1, TimeUnit.DAYS);
    }

    public synchronized int pendingOneShots() {
        return oneShots.size();
    }

    /** Runs the one-shot tasks scheduled so far and not cancelled (not those they schedule themselves). */
    public void runOneShots() {
        List<Runnable> due = new ArrayList<>();
        synchronized (this) {
            for (int i = 0; i < oneShots.size(); i++) {
                if (!oneShotHandles.get(i).isCancelled()) {
                    due.add(oneShots.get(i));
                }
            }
            oneShots.clear();
            oneShotDelaysMillis.clear();
            oneShotHandles.clear();
        }
        due.forEach(Runnable::run);
    }

    public void runPeriodic() {
        for (int i = 0; i < periodic.size(); i++) {
            if (!periodicHandles.get(i).isCancelled()) {
                periodic.get(i).run();
            }
        }
    }
}
