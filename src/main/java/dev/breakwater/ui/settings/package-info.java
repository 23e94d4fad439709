/**
 * The settings screen: broker mode, Alpaca keys (the secret never shown back), precaution limits,
 * review-before-send and the theme. {@link dev.breakwater.ui.settings.SettingsViewModel} edits a copy of
 * {@link dev.breakwater.settings.ConsoleSettings} and hands it to a
 * {@link dev.breakwater.ui.settings.SettingsStore} in the background; the app's store writes
 * {@link dev.breakwater.settings.SettingsFile}.
 *
 * <p>May depend on: JavaFX, AtlantaFX, {@code dev.breakwater.settings}, {@code dev.breakwater.domain},
 * {@code dev.breakwater.ui}. Must not touch files itself (the store does) nor read the environment (the app
 * says whether the keys come from {@code APCA_*}).
 */
package dev.breakwater.ui.settings;
