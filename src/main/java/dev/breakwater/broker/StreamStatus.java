package dev.breakwater.broker;

import java.time.Instant;

/**
 * An immutable snapshot of the trade-update stream's connection, for the health panel and for tests.
 *
 * @param state          where the connection stands
 * @param reason         why it is in this state (the failure, "connection replaced", "unauthorized"), or null
 * @param attempt        the reconnect attempt the client is on (0 while live)
 * @param nextTryAt      when the next attempt starts, while {@link StreamState#RECONNECTING}; else null
 * @param lastMessageAt  when the last frame or pong arrived, or null before the first
 * @param connects       how many times a connection was opened
 * @param malformed      how many frames could not be read (counted and skipped, never fatal)
 */
public record StreamStatus(StreamState state, String reason, int attempt, Instant nextTryAt, Instant lastMessageAt,
                           long connects, long malformed) {
}
