package dev.breakwater.broker;

import java.time.Instant;

/**
 * The broker's rate-limit headers as last seen: {@code X-RateLimit-Limit}, {@code -Remaining} and
 * {@code -Reset} (a Unix time in seconds at which the remaining quota changes).
 */
public record RateLimitStatus(int limit, int remaining, Instant reset) {
}
