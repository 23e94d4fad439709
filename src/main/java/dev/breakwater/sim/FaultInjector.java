package dev.breakwater.sim;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Makes the fault decisions of the current {@link FaultPlan} and counts the faults it injects.
 *
 * <p>All random decisions come from one {@link Random} seeded with the server's seed, and setting a plan
 * restarts it from that seed: requests made one after another against the same seed and plan meet the
 * same faults on every run. (Concurrent requests draw in whatever order they arrive.) A rate of 0.0 never
 * fires and 1.0 always fires, without drawing, so such plans are exact.
 *
 * <p>Waits (latency, slow replies) end early when the server closes, so closing never hangs on them.
 */
final class FaultInjector {

    /** The statuses of {@link FaultPlan#errorRate()}, picked with equal chance. */
    static final int[] ERROR_STATUSES = {500, 502, 503, 504};

    private final long seed;
    private final ServerStats stats;
    private final CountDownLatch closing = new CountDownLatch(1);
    private final Object lock = new Object();
    private volatile FaultPlan plan;
    private Random random; // guarded by lock

    FaultInjector(long seed, FaultPlan plan, ServerStats stats) {
        this.seed = seed;
        this.stats = stats;
        setPlan(plan);
    }

    FaultPlan plan() {
        return plan;
    }

    /** Installs a plan and restarts the random source from the seed. */
    void setPlan(FaultPlan newPlan) {
        Objects.requireNonNull(newPlan, "plan");
        synchronized (lock) {
            plan = newPlan;
            random = new Random(seed);
        }
    }

    /**
     * Holds a REST request back for latency_ms plus a uniform offset in [-jitter, +jitter] (never below 0).
     */
    void applyLatency() {
        FaultPlan p = plan;
        if (p.latencyMs() == 0 && p.latencyJitterMs() == 0) {
            return;
        }
        long delay = p.latencyMs();
        if (p.latencyJitterMs() > 0) {
            synchronized (lock) {
                delay += random.nextLong(2 * p.latencyJitterMs() + 1) - p.latencyJitterMs();
            }
        }
        if (delay > 0) {
            stats.countFault(FaultKind.LATENCY);
            pause(Duration.ofMillis(delay));
        }
    }

    /** Whether this REST request gets an injected 429 (counted). */
    boolean inject429() {
        return fires(plan.rate429(), FaultKind.RATE_429);
    }

    /** The injected 5xx status for this REST request, or 0 for none (counted). */
    int injectedErrorStatus() {
        if (!fires(plan.errorRate(), FaultKind.ERROR)) {
            return 0;
        }
        int status;
        synchronized (lock) {
            status = ERROR_STATUSES[random.nextInt(ERROR_STATUSES.length)];
        }
        stats.countInjectedError(status);
        return status;
    }

    /** Whether the connection of this accepted placement is cut without a reply (counted). */
    boolean dropAfterAccept() {
        return fires(plan.dropAfterAccept(), FaultKind.DROP_AFTER_ACCEPT);
    }

    /** How long the reply of this accepted placement is held back; zero for none (counted). */
    Duration slowReply() {
        FaultPlan p = plan;
        if (p.slowReplyMs() == 0 || !fires(p.slowReplyRate(), FaultKind.SLOW_REPLY)) {
            return Duration.ZERO;
        }
        return Duration.ofMillis(p.slowReplyMs());
    }

    /** Whether this 2xx reply's body is cut short (counted). */
    boolean malformed() {
        return fires(plan.malformedRate(), FaultKind.MALFORMED);
    }

    /**
     * Whether an order created at {@code createdAt} is still invisible at {@code now}. Not counted here:
     * a lookup counts once however many orders it hides ({@link #countHidden()}).
     */
    boolean hides(Instant createdAt, Instant now) {
        long window = plan.delayedVisibilityMs();
        return window > 0 && now.isBefore(createdAt.plusMillis(window));
    }

    /** Counts one lookup or list that hid something. */
    void countHidden() {
        stats.countFault(FaultKind.DELAYED_VISIBILITY);
    }

    /** Waits {@code duration}, or less if the server closes meanwhile. */
    void pause(Duration duration) {
        try {
            closing.await(duration.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Ends every wait at once; called when the server closes. */
    void close() {
        closing.countDown();
    }

    private boolean fires(double rate, FaultKind kind) {
        boolean fires;
        if (rate <= 0.0) {
            return false;
        } else if (rate >= 1.0) {
            fires = true;
        } else {
            synchronized (lock) {
                fires = random.nextDouble() < rate;
            }
        }
        if (fires) {
            stats.countFault(kind);
        }
        return fires;
    }
}
