package dev.breakwater.ui;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;

/** Wraps a UI executor to count the runnables handed to it and how many were queued at once, at most. */
final class CountingExecutor implements Executor {

    private final Executor target;
    final AtomicInteger executed = new AtomicInteger();
    final AtomicInteger pending = new AtomicInteger();
    final AtomicInteger maxPending = new AtomicInteger();

    CountingExecutor(Executor target) {
        this.target = target;
    }

    @Override
    public void execute(Runnable command) {
        executed.incrementAndGet();
        maxPending.accumulateAndGet(pending.incrementAndGet(), Math::max);
        target.execute(() -> {
            pending.decrementAndGet();
            command.run();
        });
    }
}
