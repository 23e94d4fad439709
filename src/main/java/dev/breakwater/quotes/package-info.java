/**
 * Prices for the symbols in view, and the asset facts the ticket checks against.
 *
 * <ul>
 *   <li>{@link dev.breakwater.quotes.QuoteService}: keeps fresh {@link dev.breakwater.quotes.QuoteView}s
 *       for the watched symbols (reference-counted {@code watch}/{@code unwatch}) by polling the
 *       market-data port's snapshots in batches, one call per tick, at a pace that fits a request budget
 *       ({@link dev.breakwater.quotes.QuoteSettings}). A failing poll (an outage, an open reads breaker) is
 *       logged and the quotes go stale by age; the next good poll makes them fresh again.</li>
 *   <li>{@link dev.breakwater.quotes.AssetDirectory}: a thread-safe cache of the Trading API's assets,
 *       loaded once, with single-symbol look-ups on a miss (an unknown symbol is remembered as unknown).
 *       The rules themselves are {@link dev.breakwater.domain.AssetRules}, a pure function.</li>
 * </ul>
 *
 * <p>May depend on: {@code dev.breakwater.domain}, the broker ports {@code dev.breakwater.broker} and SLF4J.
 *
 * <p>Must not depend on: JavaFX, {@code dev.breakwater.broker.alpaca}, {@code dev.breakwater.sim},
 * {@code dev.breakwater.ui}, {@code dev.breakwater.app}. Time comes in as a {@link java.time.Clock},
 * scheduling as a {@link java.util.concurrent.ScheduledExecutorService}, so tests never sleep.
 */
package dev.breakwater.quotes;
