/**
 * Screens and the bridge to the FX thread. {@link dev.breakwater.ui.LiveBlotterFeed} coalesces the live
 * account's change batches into observable lists of {@link dev.breakwater.ui.OrderRow}s and positions,
 * one drain at a time through an injected UI executor ({@code Platform::runLater} in the app).
 *
 * <p>May depend on: JavaFX, {@code dev.breakwater.domain}, {@code dev.breakwater.live}. Only {@code ui}
 * and {@code app} import JavaFX. The FX thread never parses JSON or calls the broker: everything arrives
 * here as domain values.
 */
package dev.breakwater.ui;
