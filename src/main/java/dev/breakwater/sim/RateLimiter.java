package dev.breakwater.sim;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Alpaca's "200 requests every minute per API key", as a fixed one-minute window per key: the window
 * opens with the key's first request and admits {@code limit} requests until it ends; the next request
 * after that opens a new window. Refused requests count too (as they do against a real quota).
 *
 * <p>A fixed window rather than a token bucket because it gives {@code X-RateLimit-Reset} Alpaca's
 * meaning exactly: the Unix second when the remaining quota changes (the window's end, rounded up).
 * Time comes from the injected clock, so tests step over a window without waiting.
 */
final class RateLimiter {

    static final Duration WINDOW = Duration.ofMinutes(1);

    /** The quota after one request: what the {@code X-RateLimit-*} headers say, and the verdict. */
    record Quota(int limit, int remaining, long resetEpochSecond, boolean allowed) {
    }

    private static final class Window {
        Instant end;
        int used;
    }

    private final int limit;
    private final Clock clock;
    private final Map<String, Window> windows = new HashMap<>(); // guarded by this

    /** @param limit requests per minute per key; 0 turns limiting off */
    RateLimiter(int limit, Clock clock) {
        if (limit < 0) {
            throw new IllegalArgumentException("rate limit must not be negative: " + limit);
        }
        this.limit = limit;
        this.clock = clock;
    }

    /** Whether requests are limited at all (limit above 0). */
    boolean enabled() {
        return limit > 0;
    }

    int limit() {
        return limit;
    }

    /** Counts one request of {@code key} and says whether it is within the quota. */
    synchronized Quota acquire(String key) {
        Window window = current(key);
        window.used++;
        return quota(window);
    }

    /** The quota of {@code key} without counting a request (for replies that are not charged, like 401). */
    synchronized Quota peek(String key) {
        Instant now = clock.instant();
        Window window = windows.get(key);
        if (window == null || !now.isBefore(window.end)) {
            return new Quota(limit, limit, ceilSecond(now.plus(WINDOW)), true);
        }
        return quota(window);
    }

    private Window current(String key) {
        Instant now = clock.instant();
        Window window = windows.computeIfAbsent(key, k -> new Window());
        if (window.end == null || !now.isBefore(window.end)) {
            window.end = now.plus(WINDOW);
            window.used = 0;
        }
        return window;
    }

    private Quota quota(Window window) {
        return new Quota(limit, Math.max(0, limit - window.used), ceilSecond(window.end), window.used <= limit);
    }

    /** The Unix second at or after {@code instant}. */
    static long ceilSecond(Instant instant) {
        return instant.getNano() == 0 ? instant.getEpochSecond() : instant.getEpochSecond() + 1;
    }
}
