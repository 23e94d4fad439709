/**
 * The window's frame: broker badge, account, start-up overlay, the order-channel banner, theme, the
 * hotkey table and its help dialog, and the live-trading confirmation. The screens (ticket, blotter,
 * account, health, journal, chaos, settings) live in packages of their own and are slotted in by the app.
 *
 * <p>May depend on JavaFX, ControlsFX, AtlantaFX and {@code dev.breakwater.settings}. Must not depend on
 * services (orders, journal, broker): the app wires those to the screens.
 */
package dev.breakwater.ui.main;
