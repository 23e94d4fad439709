package dev.breakwater.sim;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * The prices as the exchange sees them: the model's last price, plus each symbol's last close
 * ({@code lastday_price}). A symbol's first price counts as its last close until the first session close,
 * so {@code change_today} starts at zero. Guarded by the exchange's lock.
 */
final class MarketPrices {

    private final PriceModel model;
    private final Map<String, BigDecimal> lastCloses = new HashMap<>();

    MarketPrices(PriceModel model) {
        this.model = model;
    }

    /** The last price of {@code symbol}. */
    BigDecimal price(String symbol) {
        BigDecimal price = model.price(symbol);
        lastCloses.putIfAbsent(symbol, price);
        return price;
    }

    /** The price at the last session close (or when the symbol was first seen). */
    BigDecimal lastClose(String symbol) {
        BigDecimal close = lastCloses.get(symbol);
        return close != null ? close : price(symbol);
    }

    /** One step of the model. */
    void step() {
        model.step();
    }

    /** At a session close, every known symbol's current price becomes its last close. */
    void closeSession() {
        lastCloses.replaceAll((symbol, old) -> model.price(symbol));
    }
}
