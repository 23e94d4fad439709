package dev.breakwater.domain;

import java.math.BigDecimal;

/** An open position. Short positions have negative {@code qty} and {@code marketValue}. */
public record Position(
        String assetId,
        String symbol,
        String exchange,
        String assetClass,
        BigDecimal avgEntryPrice,
        BigDecimal qty,
        BigDecimal qtyAvailable,
        PositionSide side,
        BigDecimal marketValue,
        BigDecimal costBasis,
        BigDecimal unrealizedPl,
        BigDecimal unrealizedPlpc,
        BigDecimal unrealizedIntradayPl,
        BigDecimal unrealizedIntradayPlpc,
        BigDecimal currentPrice,
        BigDecimal lastdayPrice,
        BigDecimal changeToday) {
}
