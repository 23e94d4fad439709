/**
 * The launcher, the command line and the composition root.
 *
 * <p>{@link dev.breakwater.app.Main} parses the command line with picocli; without a subcommand it opens
 * the JavaFX console. Services are wired here by hand (no DI container), so every dependency of a screen
 * or a service is visible in one place.
 *
 * <p>May depend on every other Breakwater package, JavaFX and picocli. Nothing else may depend on
 * {@code app}.
 */
package dev.breakwater.app;
