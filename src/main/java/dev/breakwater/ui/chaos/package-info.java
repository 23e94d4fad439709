/**
 * The chaos panel: the simulated broker's fault plan as controls, so a trader can rehearse an outage (and
 * watch the breaker open, the banner appear and the orders resolve afterwards) without touching a real
 * broker. {@link dev.breakwater.ui.chaos.ChaosViewModel} edits {@link dev.breakwater.ui.chaos.ChaosSettings}
 * and applies them through {@link dev.breakwater.ui.chaos.ChaosControl}; the app adapts the simulator to it
 * and shows the panel only when the console runs on the simulator.
 *
 * <p>May depend on: JavaFX, AtlantaFX, {@code dev.breakwater.ui}. Must not import {@code dev.breakwater.sim}:
 * the panel knows the fault plan only through its own settings record.
 */
package dev.breakwater.ui.chaos;
