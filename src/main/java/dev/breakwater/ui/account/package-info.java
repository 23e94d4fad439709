/**
 * The account screen: equity, cash, buying power and day P/L in a summary strip (also usable alone in the
 * shell's top bar), the broker's account and trading blocks as a warning, and the positions table.
 *
 * <p>{@link dev.breakwater.ui.account.AccountViewModel} uses {@code javafx.beans} and
 * {@code javafx.collections} only and is tested without the toolkit; the views bind to it.
 *
 * <p>May depend on: {@code domain} (Account, Position), {@code dev.breakwater.ui.blotter.Formats} (the
 * console's one number format), JavaFX, AtlantaFX. Must not: call the broker (the feed brings account and
 * positions), copy the feed's positions list, or import {@code sim}, {@code broker.alpaca}, OkHttp or H2.
 */
package dev.breakwater.ui.account;
