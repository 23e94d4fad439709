/**
 * What the trader configures ({@link dev.breakwater.settings.ConsoleSettings}) and where it is kept
 * ({@link dev.breakwater.settings.SettingsFile}: {@code breakwater.properties} in the config directory,
 * mode 0600 because it may hold the Alpaca secret).
 *
 * <p>May depend on: the JDK, SLF4J and {@code dev.breakwater.domain}. Must not depend on JavaFX, the
 * broker, the journal or the screens: the launcher reads settings before any of those exist, and other
 * tools (issue #8) read and write the same file.
 */
package dev.breakwater.settings;
