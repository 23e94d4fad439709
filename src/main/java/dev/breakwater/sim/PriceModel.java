package dev.breakwater.sim;

import java.math.BigDecimal;

/**
 * Where the simulated market's prices come from. {@link SimExchange} asks for a price whenever it values
 * or matches something and calls {@link #step()} once per {@link SimExchange#tick()}. Implementations must
 * be thread-safe (a quotes endpoint may read while the exchange ticks), return prices with two decimals,
 * never zero or negative, and accept any symbol: one not seen before starts at a price of the model's
 * choosing.
 */
public interface PriceModel {

    /** The last trade price of {@code symbol} (scale 2, at least 0.01). */
    BigDecimal price(String symbol);

    /** A bid/ask around the last price; see {@link SimQuote#around}. */
    default SimQuote quote(String symbol) {
        return SimQuote.around(symbol, price(symbol));
    }

    /** Advances every known symbol by one step. */
    void step();
}
