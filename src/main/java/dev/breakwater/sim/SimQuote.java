package dev.breakwater.sim;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A simulated top of book around the last trade price: {@code bid < ask}, always at least one cent
 * apart, both positive. Kept separate from the price walk so a quotes endpoint can be added without
 * touching matching (the simulator fills at {@code last}).
 */
public record SimQuote(String symbol, BigDecimal bid, BigDecimal ask, BigDecimal last) {

    private static final BigDecimal CENT = new BigDecimal("0.01");
    /** Two basis points of spread: a few cents on a typical large-cap price. */
    private static final BigDecimal SPREAD_FRACTION = new BigDecimal("0.0002");
    private static final BigDecimal MIN_SPREAD = new BigDecimal("0.02");

    /** Checks the invariants every quote keeps. */
    public SimQuote {
        if (bid.signum() <= 0 || bid.compareTo(ask) >= 0) {
            throw new IllegalArgumentException("bid must be positive and below ask: " + bid + " / " + ask);
        }
    }

    /**
     * A quote whose spread is about two basis points of {@code last} (two cents at least), with
     * {@code last} inside it: the bid sits half the spread below, rounded down to the cent.
     */
    public static SimQuote around(String symbol, BigDecimal last) {
        BigDecimal spread = last.multiply(SPREAD_FRACTION).setScale(2, RoundingMode.HALF_UP).max(MIN_SPREAD);
        BigDecimal half = spread.divide(BigDecimal.valueOf(2), 2, RoundingMode.DOWN);
        BigDecimal bid = last.subtract(half).setScale(2, RoundingMode.DOWN).max(CENT);
        return new SimQuote(symbol, bid, bid.add(spread), last);
    }
}
