package dev.breakwater.sim;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The running counts behind {@link StreamStats}. Atomic, because send failures are counted on Jetty's
 * threads outside the stream's lock.
 */
final class StreamCounters {

    final AtomicLong connects = new AtomicLong();
    final AtomicLong messagesSent = new AtomicLong();
    final AtomicLong sendFailures = new AtomicLong();
    final AtomicLong dropsInjected = new AtomicLong();
    final AtomicLong silencesInjected = new AtomicLong();
    final AtomicLong replaced = new AtomicLong();

    StreamStats snapshot(int open, int maxConcurrent) {
        return new StreamStats(connects.get(), open, maxConcurrent, messagesSent.get(), sendFailures.get(),
                dropsInjected.get(), silencesInjected.get(), replaced.get());
    }
}
