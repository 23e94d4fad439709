package dev.breakwater.sim;

import java.math.BigDecimal;

/**
 * A snapshot of one entry of {@code GET /v2/positions}. {@code qty}, {@code qtyAvailable},
 * {@code marketValue} and {@code costBasis} are negative for a short position, as at Alpaca.
 * Ratios ({@code ...plpc}, {@code changeToday}) are fractions, not percentages ({@code 0.01} is 1 %).
 */
public record SimPosition(
        String assetId,
        String symbol,
        String exchange,
        String assetClass,
        boolean assetMarginable,
        BigDecimal avgEntryPrice,
        BigDecimal qty,
        BigDecimal qtyAvailable,
        Side side,
        BigDecimal marketValue,
        BigDecimal costBasis,
        BigDecimal unrealizedPl,
        BigDecimal unrealizedPlpc,
        BigDecimal unrealizedIntradayPl,
        BigDecimal unrealizedIntradayPlpc,
        BigDecimal currentPrice,
        BigDecimal lastdayPrice,
        BigDecimal changeToday) {

    /** Position side, spelled as on the wire. */
    public enum Side {
        LONG("long"),
        SHORT("short");

        private final String wire;

        Side(String wire) {
            this.wire = wire;
        }

        /** The JSON spelling. */
        public String wire() {
            return wire;
        }
    }
}
