package dev.breakwater.ui.health;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;

/** A UI executor the test runs by hand: counts what was handed to it and runs it on {@link #runAll()}. */
final class QueuedExecutor implements Executor {

    private final Queue<Runnable> queue = new ArrayDeque<>();
    final AtomicInteger executed = new AtomicInteger();

    @Override
    public synchronized void execute(Runnable command) {
        executed.incrementAndGet();
        queue.add(command);
    }

    synchronized int pending() {
        return queue.size();
    }

    /** Runs what is queued, including anything queued while running. */
    void runAll() {
        Runnable next;
        while ((next = poll()) != null) {
            next.run();
        }
    }

    private synchronized Runnable poll() {
        return queue.poll();
    }
}
