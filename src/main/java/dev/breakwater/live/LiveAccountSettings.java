package dev.breakwater.live;

import java.time.Duration;
import java.util.Objects;

/**
 * Timings of the live account.
 *
 * @param recoveryMargin     gap recovery asks for orders submitted after the last event time seen minus
 *                           this, so an order stamped just before that event is not missed
 * @param initialLookback    before any event was seen, recovery starts this far before now
 * @param fillRefreshDelay   after a fill, account and positions are re-read once this has passed; every
 *                           further fill in that window rides on the same refresh (two GETs per window,
 *                           at most 60 calls a minute at the default 2 s, inside Alpaca's 200/min)
 * @param refreshInterval    fallback re-read of account and positions when no fill-triggered refresh ran
 *                           for this long
 * @param recoveryRetryDelay a failed gap recovery is tried again after this
 */
public record LiveAccountSettings(Duration recoveryMargin, Duration initialLookback, Duration fillRefreshDelay,
                                  Duration refreshInterval, Duration recoveryRetryDelay) {

    public LiveAccountSettings {
        Objects.requireNonNull(recoveryMargin, "recoveryMargin");
        Objects.requireNonNull(initialLookback, "initialLookback");
        Objects.requireNonNull(fillRefreshDelay, "fillRefreshDelay");
        Objects.requireNonNull(refreshInterval, "refreshInterval");
        Objects.requireNonNull(recoveryRetryDelay, "recoveryRetryDelay");
    }

    /** 10 s margin, one day of lookback, 2 s fill debounce, 15 s fallback refresh, 5 s recovery retry. */
    public static LiveAccountSettings defaults() {
        return new LiveAccountSettings(Duration.ofSeconds(10), Duration.ofDays(1), Duration.ofSeconds(2),
                Duration.ofSeconds(15), Duration.ofSeconds(5));
    }
}
