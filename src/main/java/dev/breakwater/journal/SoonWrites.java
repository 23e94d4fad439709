package dev.breakwater.journal;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The writes of {@link OrderJournal#writeSoon}: run by a writer thread right after their caller
 * returned, under the journal's lock. Every other journal call drains them first ({@link #drain()}
 * before it takes the lock), so no caller in this process ever sees the journal without them: either
 * the queue still holds one and the caller runs it, or the writer took it out while holding the lock,
 * which the caller then waits for.
 */
final class SoonWrites {

    private static final Logger LOG = LoggerFactory.getLogger(SoonWrites.class);

    private final ReentrantLock lock;
    private final String location;
    private final Queue<Runnable> queue = new ConcurrentLinkedQueue<>();
    private final ExecutorService writer;
    private boolean draining; // guarded by lock: a write's own journal calls must not start the next one

    SoonWrites(ReentrantLock lock, String location) {
        this.lock = lock;
        this.location = location;
        this.writer = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "journal-writer");
            thread.setDaemon(true);
            return thread;
        });
    }

    void add(Runnable write) {
        queue.add(write);
        try {
            writer.execute(this::drain);
        } catch (RejectedExecutionException closing) {
            drain();
        }
    }

    /** Runs the queued writes now, in order; returns at once when there are none. */
    void drain() {
        if (queue.isEmpty()) {
            return;
        }
        lock.lock();
        try {
            if (!draining) {
                draining = true;
                try {
                    runQueued();
                } finally {
                    draining = false;
                }
            }
        } finally {
            lock.unlock();
        }
    }

    // Guarded by lock.
    private void runQueued() {
        for (Runnable write = queue.poll(); write != null; write = queue.poll()) {
            try {
                write.run();
            } catch (RuntimeException e) {
                // Nobody waits for it any more: its caller handled what it could before handing it over.
                LOG.error("journal {}: a write made after its caller returned failed: {}", location, e.toString());
            }
        }
    }

    /** Runs what is queued and stops the writer thread. */
    void close() {
        drain();
        writer.shutdown();
        try {
            writer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        drain();
    }
}
