package dev.breakwater.sim;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An immutable snapshot of one order with every field of Alpaca's Order object. The exchange hands out
 * only snapshots, so a server may serialise them on any thread while matching goes on.
 *
 * <p>Nullable exactly where Alpaca's fields are: the timestamps other than {@code createdAt},
 * {@code replacedBy}, {@code replaces}, {@code notional} (null when {@code qty} was used), {@code qty}
 * (null for a notional order), {@code filledAvgPrice},
 * {@code limitPrice}, {@code stopPrice}, {@code trailPercent}, {@code trailPrice}, {@code hwm}, and
 * {@code legs} (only for nested views of orders with legs). {@code orderType} is the deprecated duplicate
 * of {@code type}, derived.
 */
public record SimOrder(
        String id,
        String clientOrderId,
        Instant createdAt,
        Instant updatedAt,
        Instant submittedAt,
        Instant filledAt,
        Instant expiredAt,
        Instant canceledAt,
        Instant failedAt,
        Instant replacedAt,
        String replacedBy,
        String replaces,
        String assetId,
        String symbol,
        String assetClass,
        BigDecimal notional,
        BigDecimal qty,
        BigDecimal filledQty,
        BigDecimal filledAvgPrice,
        SimOrderClass orderClass,
        SimOrderType type,
        SimSide side,
        SimTimeInForce timeInForce,
        BigDecimal limitPrice,
        BigDecimal stopPrice,
        SimOrderStatus status,
        boolean extendedHours,
        List<SimOrder> legs,
        BigDecimal trailPercent,
        BigDecimal trailPrice,
        BigDecimal hwm) {

    /** Copies the legs so the snapshot cannot change. */
    public SimOrder {
        legs = legs == null ? null : List.copyOf(legs);
    }

    /** The deprecated {@code order_type}, which Alpaca still sends as a copy of {@code type}. */
    public SimOrderType orderType() {
        return type;
    }

    /** Whether the order is still open (working, held or waiting). */
    public boolean isOpen() {
        return status.isOpen();
    }
}
