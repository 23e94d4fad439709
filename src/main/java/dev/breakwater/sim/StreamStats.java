package dev.breakwater.sim;

/**
 * Counters of the simulated {@code trade_updates} stream, for assertions on how a client used it.
 *
 * @param connects           WebSocket connections ever opened (upgrades accepted), authenticated or not
 * @param open               connections open now, authenticated or not; a connection the server cut,
 *                           replaced or refused stops counting at once, before its socket is gone
 * @param maxConcurrent      the most connections that were authenticated and open at the same moment,
 *                           counted when a new one authenticates and before the older one is kicked; a
 *                           well-behaved client keeps this at 1 (Alpaca allows one per account)
 * @param messagesSent       published event messages handed to a connection for sending (one per
 *                           connection per event; authorization and listening replies are not counted)
 * @param sendFailures       sends that failed (connection gone, or a slow client's outgoing queue full)
 * @param dropsInjected      connections cut by the {@code stream_drop_every_s} fault
 * @param silencesInjected   connections silenced by the {@code stream_silence_after_s} fault
 * @param replaced           connections closed because a newer one authenticated for the account
 */
public record StreamStats(long connects, int open, int maxConcurrent, long messagesSent, long sendFailures,
                          long dropsInjected, long silencesInjected, long replaced) {
}
