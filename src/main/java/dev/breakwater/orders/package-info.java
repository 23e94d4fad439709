/**
 * The submit path: journal first, then the broker. An order is never placed twice (not after a
 * timeout, a re-click, a retry or a crash) and never silently lost.
 *
 * <ul>
 *   <li>{@link dev.breakwater.orders.Ticket}: what the trader filled in, with its client_order_id minted
 *       when the ticket is created; every click of that ticket sends that id.</li>
 *   <li>{@link dev.breakwater.orders.OrderService#submit}: commits the intent as {@code SENDING} before
 *       the first byte goes out, then places it through the (resilient) broker, and returns a
 *       {@link dev.breakwater.orders.SubmitOutcome}; a re-click settles an unclear earlier attempt by
 *       looking the order up by client_order_id before anything is sent again.</li>
 *   <li>{@link dev.breakwater.orders.Reconciler}: settles every {@code SENDING} / {@code UNKNOWN} intent
 *       at start-up, on demand and periodically, adopts orders of ours the journal lacks, and applies
 *       trade-stream events. It never re-sends on its own: a stale order must not go out unseen.</li>
 * </ul>
 *
 * <p>May depend on: {@code dev.breakwater.domain}, the broker port {@code dev.breakwater.broker} and its
 * exceptions, {@code dev.breakwater.journal}, the placement exceptions of
 * {@code dev.breakwater.resilience} (types only: {@code OrderNotSentException},
 * {@code OrderOutcomeUnknownException}, {@code RetriesExhaustedException}), and SLF4J.
 *
 * <p>Must not depend on: {@code dev.breakwater.broker.alpaca}, {@code dev.breakwater.sim}, the UI or
 * JavaFX. Time comes in as a {@link java.time.Clock}, scheduling as a
 * {@link java.util.concurrent.ScheduledExecutorService}, so tests never sleep.
 */
package dev.breakwater.orders;
