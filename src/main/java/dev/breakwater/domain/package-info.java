/**
 * Breakwater's trading vocabulary: orders, order requests and replacements, account, positions, the
 * market clock and {@code trade_updates} events, the enums of Alpaca's wire values (each with an
 * {@code UNKNOWN} so new values never break parsing), and the rules that need nothing but these values
 * ({@link dev.breakwater.domain.OrderValidator}, {@link dev.breakwater.domain.ClientOrderIds}).
 *
 * <p>Money and quantities are {@link java.math.BigDecimal}, times {@link java.time.OffsetDateTime} with
 * the broker's offset kept; records are immutable.
 *
 * <p>This package depends on the JDK only. It must not import JavaFX, an HTTP client or Jackson: the
 * screens, the broker adapter and the JSON mapping depend on it, never the other way round, so it can
 * be tested and reused without any of them. Wire concerns (field names, JSON shapes) live in
 * {@code dev.breakwater.broker.alpaca}.
 */
package dev.breakwater.domain;
