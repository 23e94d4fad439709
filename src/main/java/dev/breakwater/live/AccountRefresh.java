package dev.breakwater.live;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * When to re-read account and positions: once after a burst of fills (the first fill arms a single
 * delayed refresh, later fills in the window ride on it), and as a fallback on a fixed period, skipped
 * when a refresh ran recently anyway. Keeps the REST cost of a fill storm at two calls per window.
 */
final class AccountRefresh {

    private final ScheduledExecutorService scheduler;
    private final Clock clock;
    private final Duration fillDelay;
    private final Duration interval;
    private final Runnable refresh;
    private final AtomicBoolean fillRefreshArmed = new AtomicBoolean();
    private volatile Instant lastRefreshAt = Instant.MIN;
    private volatile ScheduledFuture<?> periodic;
    private volatile ScheduledFuture<?> pendingFill;

    AccountRefresh(ScheduledExecutorService scheduler, Clock clock, Duration fillDelay, Duration interval,
                   Runnable refresh) {
        this.scheduler = scheduler;
        this.clock = clock;
        this.fillDelay = fillDelay;
        this.interval = interval;
        this.refresh = refresh;
    }

    void start() {
        long millis = interval.toMillis();
        periodic = scheduler.scheduleWithFixedDelay(this::fallback, millis, millis, TimeUnit.MILLISECONDS);
    }

    /** Cancels the periodic refresh and a pending fill refresh: after a stop nothing calls the broker. */
    void stop() {
        cancel(periodic);
        cancel(pendingFill);
    }

    static void cancel(ScheduledFuture<?> handle) {
        if (handle != null) {
            handle.cancel(false);
        }
    }

    /** A fill happened: make sure one refresh is on its way. */
    void fillSeen() {
        if (fillRefreshArmed.compareAndSet(false, true)) {
            pendingFill = scheduler.schedule(this::afterFills, fillDelay.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Runs a refresh now, on the caller's thread. */
    void now() {
        lastRefreshAt = clock.instant();
        refresh.run();
    }

    private void afterFills() {
        // Disarm first: a fill arriving during the REST calls must earn a refresh of its own.
        fillRefreshArmed.set(false);
        now();
    }

    private void fallback() {
        if (Duration.between(lastRefreshAt, clock.instant()).compareTo(interval) >= 0) {
            now();
        }
    }

    boolean fillRefreshPending() {
        return fillRefreshArmed.get();
    }
}
