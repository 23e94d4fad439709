/**
 * The broker-health panel: one Hystrix-style tile per circuit breaker (orders, reads, stream), the retry
 * table, rate-limit headroom, the trade stream's connection, an event log with CSV export, the drills
 * (force open, reset), the order-channel banner model and the top bar's status strip.
 *
 * <p>Everything is read through {@link dev.breakwater.ui.health.HealthFeed} (the app adapts the
 * resilience layer and the trade stream to it), so the panel can be driven by a fake in tests. The view
 * models poll on {@code tick()} (the shell calls it every second on the FX thread) because Resilience4j
 * publishes no events while a breaker is DISABLED or FORCED_OPEN; events are only used for the log and to
 * move a badge at once, parked from any thread and drained in one coalesced runnable on the UI executor.
 *
 * <p>May depend on: JavaFX beans and collections (view models), JavaFX controls, FXML and AtlantaFX
 * style names (views only), {@code dev.breakwater.broker} values ({@code EndpointGroup},
 * {@code StreamStatus}, ...), {@code dev.breakwater.resilience} value types ({@code HealthSnapshot},
 * {@code HealthEvent}, {@code BreakerState}) and {@code dev.breakwater.ui.BackgroundWork}.
 *
 * <p>Must not depend on: Resilience4j itself, the simulator, the Alpaca client, OkHttp or H2; view
 * models must not touch Nodes, Scenes or {@code Platform} and hold no timers.
 */
package dev.breakwater.ui.health;
