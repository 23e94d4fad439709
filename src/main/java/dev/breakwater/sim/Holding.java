package dev.breakwater.sim;

import java.math.BigDecimal;

/**
 * The mutable position in one symbol: signed quantity (negative = short), average entry price, and the
 * per-share basis of today's P/L (the last close for shares carried over, the fill price for shares
 * opened today). Guarded by the exchange's lock.
 */
final class Holding {

    final String symbol;
    BigDecimal qty = BigDecimal.ZERO;
    BigDecimal avgEntryPrice = BigDecimal.ZERO;
    BigDecimal intradayBasis = BigDecimal.ZERO;

    Holding(String symbol) {
        this.symbol = symbol;
    }

    /**
     * Applies one fill and returns the P/L it realised. Adding to the position re-weights the average
     * entry price; reducing keeps it and realises the difference; going through zero realises the old
     * position entirely and opens the rest at the fill price.
     */
    BigDecimal apply(SimSide side, BigDecimal fillQty, BigDecimal price) {
        BigDecimal signed = side == SimSide.BUY ? fillQty : fillQty.negate();
        BigDecimal newQty = qty.add(signed);
        if (qty.signum() == 0 || qty.signum() == signed.signum()) {
            avgEntryPrice = weighted(avgEntryPrice, signed, price, newQty);
            intradayBasis = weighted(intradayBasis, signed, price, newQty);
            qty = newQty;
            return BigDecimal.ZERO;
        }
        BigDecimal closing = fillQty.min(qty.abs());
        BigDecimal realised = price.subtract(avgEntryPrice).multiply(closing)
                .multiply(BigDecimal.valueOf(qty.signum()));
        if (newQty.signum() == 0) {
            avgEntryPrice = BigDecimal.ZERO;
            intradayBasis = BigDecimal.ZERO;
        } else if (newQty.signum() != qty.signum()) {
            avgEntryPrice = price;
            intradayBasis = price;
        }
        qty = newQty;
        return realised;
    }

    /** At a session close the shares carried into the next session are valued from the close. */
    void carryOver(BigDecimal closePrice) {
        intradayBasis = closePrice;
    }

    private BigDecimal weighted(BigDecimal oldAverage, BigDecimal signed, BigDecimal price, BigDecimal newQty) {
        BigDecimal total = oldAverage.multiply(qty.abs()).add(price.multiply(signed.abs()));
        return SimDecimals.divide(total, newQty.abs());
    }
}
