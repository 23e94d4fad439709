package dev.breakwater.resilience;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Waits between attempts and for rate-limit permits. Every wait of this package goes through one, so a
 * test can record the waits instead of spending them.
 */
@FunctionalInterface
public interface Sleeper {

    /** Blocks the calling thread for {@code duration}. */
    void sleep(Duration duration) throws InterruptedException;

    /** The real one: {@link Thread#sleep}. */
    static Sleeper threadSleep() {
        return duration -> TimeUnit.NANOSECONDS.sleep(duration.toNanos());
    }
}
