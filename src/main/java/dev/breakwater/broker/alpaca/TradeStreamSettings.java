package dev.breakwater.broker.alpaca;

import java.time.Duration;
import java.util.Objects;

/**
 * The timing of the {@code trade_updates} client. Production uses {@link #defaults()}; tests shorten the
 * periods so that staleness and reconnects happen within a second.
 *
 * @param pingInterval   WebSocket ping period (OkHttp's {@code pingInterval}); zero sends no pings. OkHttp
 *                       fails the socket when a ping's pong has not arrived by the next ping
 * @param staleAfter     no frame and no pong for this long: the connection is declared STALE and replaced
 * @param watchdogPeriod how often the staleness watchdog looks; also the resolution at which pongs are seen
 * @param backoffBase    the shortest wait before a reconnect, and the base of the exponential growth
 * @param backoffCap     the longest wait before a reconnect
 * @param stableAfter    a connection LIVE for this long resets the attempt counter (and so the backoff)
 */
public record TradeStreamSettings(Duration pingInterval, Duration staleAfter, Duration watchdogPeriod,
                                  Duration backoffBase, Duration backoffCap, Duration stableAfter) {

    public static final Duration DEFAULT_PING_INTERVAL = Duration.ofSeconds(10);
    public static final Duration DEFAULT_STALE_AFTER = Duration.ofSeconds(30);
    public static final Duration DEFAULT_WATCHDOG_PERIOD = Duration.ofSeconds(1);
    public static final Duration DEFAULT_BACKOFF_BASE = Duration.ofSeconds(1);
    public static final Duration DEFAULT_BACKOFF_CAP = Duration.ofSeconds(30);
    public static final Duration DEFAULT_STABLE_AFTER = Duration.ofMinutes(1);

    public TradeStreamSettings {
        Objects.requireNonNull(pingInterval, "pingInterval");
        if (pingInterval.isNegative()) {
            throw new IllegalArgumentException("ping interval must not be negative: " + pingInterval);
        }
        positive(staleAfter, "staleAfter");
        positive(watchdogPeriod, "watchdogPeriod");
        positive(backoffBase, "backoffBase");
        positive(backoffCap, "backoffCap");
        positive(stableAfter, "stableAfter");
        if (backoffCap.compareTo(backoffBase) < 0) {
            throw new IllegalArgumentException("backoff cap " + backoffCap + " is below the base " + backoffBase);
        }
    }

    /** Ping 10 s, stale 30 s, watchdog 1 s, backoff 1 s .. 30 s, stable after 1 min. */
    public static TradeStreamSettings defaults() {
        return new TradeStreamSettings(DEFAULT_PING_INTERVAL, DEFAULT_STALE_AFTER, DEFAULT_WATCHDOG_PERIOD,
                DEFAULT_BACKOFF_BASE, DEFAULT_BACKOFF_CAP, DEFAULT_STABLE_AFTER);
    }

    public TradeStreamSettings withPingInterval(Duration value) {
        return new TradeStreamSettings(value, staleAfter, watchdogPeriod, backoffBase, backoffCap, stableAfter);
    }

    public TradeStreamSettings withStaleness(Duration staleAfterValue, Duration watchdogPeriodValue) {
        return new TradeStreamSettings(pingInterval, staleAfterValue, watchdogPeriodValue, backoffBase, backoffCap,
                stableAfter);
    }

    public TradeStreamSettings withBackoff(Duration base, Duration cap, Duration stableAfterValue) {
        return new TradeStreamSettings(pingInterval, staleAfter, watchdogPeriod, base, cap, stableAfterValue);
    }

    private static void positive(Duration value, String what) {
        Objects.requireNonNull(value, what);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(what + " must be positive: " + value);
        }
    }
}
