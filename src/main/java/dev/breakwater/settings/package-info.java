/**
 * What the trader configures ({@link dev.breakwater.settings.ConsoleSettings}: broker, keys, precautions,
 * review step, theme) and the file it is kept in.
 *
 * <p>Plain Java: may depend on {@code dev.breakwater.domain}; must not depend on JavaFX, the broker
 * client, the journal or the app. Secrets never appear in {@code toString()} or messages.
 */
package dev.breakwater.settings;
