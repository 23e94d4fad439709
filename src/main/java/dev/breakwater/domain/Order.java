package dev.breakwater.domain;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An order as the broker reports it. Money and quantities are exact decimals; times keep the offset
 * the broker sent (one message can mix {@code Z} and {@code -04:00}).
 */
public record Order(
        String id,
        String clientOrderId,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        OffsetDateTime submittedAt,
        OffsetDateTime filledAt,
        OffsetDateTime expiredAt,
        OffsetDateTime canceledAt,
        OffsetDateTime failedAt,
        OffsetDateTime replacedAt,
        String replacedBy,
        String replaces,
        String assetId,
        String symbol,
        String assetClass,
        BigDecimal notional,
        BigDecimal qty,
        BigDecimal filledQty,
        BigDecimal filledAvgPrice,
        OrderClass orderClass,
        OrderType type,
        Side side,
        TimeInForce timeInForce,
        BigDecimal limitPrice,
        BigDecimal stopPrice,
        OrderStatus status,
        boolean extendedHours,
        List<Order> legs,
        BigDecimal trailPercent,
        BigDecimal trailPrice,
        BigDecimal hwm) {

    public Order {
        legs = legs == null ? List.of() : List.copyOf(legs);
    }
}
