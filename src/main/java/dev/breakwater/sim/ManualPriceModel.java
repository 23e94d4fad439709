package dev.breakwater.sim;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;

/**
 * Prices set by hand: for tests that need a limit to be crossed at an exact tick, and for a chaos lab
 * that wants a price shock. {@link #step()} changes nothing; a symbol never set costs
 * {@link #DEFAULT_PRICE}.
 */
public final class ManualPriceModel implements PriceModel {

    /** The price of a symbol nobody has set. */
    public static final BigDecimal DEFAULT_PRICE = new BigDecimal("100.00");

    private final Map<String, BigDecimal> prices = new HashMap<>();

    /** Sets the last price of {@code symbol}, rounded to the cent. */
    public synchronized ManualPriceModel set(String symbol, String price) {
        return set(symbol, new BigDecimal(price));
    }

    /** Sets the last price of {@code symbol}, rounded to the cent; must be at least 0.01. */
    public synchronized ManualPriceModel set(String symbol, BigDecimal price) {
        BigDecimal cents = price.setScale(2, RoundingMode.HALF_EVEN);
        if (cents.signum() <= 0) {
            throw new IllegalArgumentException("price must be positive: " + price);
        }
        prices.put(symbol, cents);
        return this;
    }

    @Override
    public synchronized BigDecimal price(String symbol) {
        return prices.getOrDefault(symbol, DEFAULT_PRICE);
    }

    @Override
    public void step() {
        // Prices move only when set.
    }
}
