/**
 * The live account model: the broker's truth as last seen, kept current from the trade stream, the gap
 * recovery after every (re)subscription and REST re-reads, and published as small change batches.
 *
 * <ul>
 *   <li>{@link dev.breakwater.live.LiveAccount}: the service; a {@code TradeStreamListener}, the
 *       snapshot reads and the change-batch subscription.</li>
 *   <li>{@link dev.breakwater.live.OrderVersions}: the rule that decides which of two versions of an order
 *       is the later one, so nothing ever regresses.</li>
 *   <li>{@link dev.breakwater.live.ChangeBatch}: what one applied event or refresh changed.</li>
 *   <li>{@code AccountState} (the store), {@code GapRecovery} (the REST reads after a reconnect),
 *       {@code AccountRefresh} (debounced and periodic account/position re-reads).</li>
 * </ul>
 *
 * <p>May depend on: {@code dev.breakwater.domain}, the broker port {@code dev.breakwater.broker},
 * {@code dev.breakwater.orders} ({@code BrokerOrders}; the reconciler is reached only through a
 * {@code Consumer<TradeUpdate>}) and SLF4J.
 *
 * <p>Must not depend on: JavaFX, {@code dev.breakwater.broker.alpaca}, {@code dev.breakwater.sim},
 * {@code dev.breakwater.ui}, {@code dev.breakwater.app}. Time comes in as a {@link java.time.Clock},
 * scheduling as a {@link java.util.concurrent.ScheduledExecutorService}, so tests never sleep.
 */
package dev.breakwater.live;
