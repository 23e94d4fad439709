package dev.breakwater.sim;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The exchange's mutable record of one order: the Alpaca fields plus what matching needs (sequence,
 * target quantity, trigger state, bracket links). Guarded by the exchange's lock; it never leaves the
 * exchange except as a {@link SimOrder} {@linkplain #snapshot snapshot}.
 */
final class WorkingOrder {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    // Identity and Alpaca fields
    final long sequence;
    final String id;
    final String clientOrderId;
    final Instant createdAt;
    final Instant submittedAt;
    Instant updatedAt;
    Instant filledAt;
    Instant expiredAt;
    Instant canceledAt;
    Instant failedAt;
    Instant replacedAt;
    String replacedBy;
    String replaces;
    final String assetId;
    final String symbol;
    final BigDecimal notional;
    /** As shown: {@code null} for a notional order. */
    BigDecimal qty;
    BigDecimal filledQty = BigDecimal.ZERO;
    BigDecimal filledAvgPrice;
    final SimOrderClass orderClass;
    final SimOrderType type;
    final SimSide side;
    SimTimeInForce timeInForce;
    BigDecimal limitPrice;
    BigDecimal stopPrice;
    BigDecimal trailPrice;
    BigDecimal trailPercent;
    BigDecimal hwm;
    SimOrderStatus status;
    final boolean extendedHours;

    // Simulator-only state
    /** What must be filled: {@code qty}, or for a notional order the shares the notional bought. */
    BigDecimal targetQty;
    /** Sum of price x qty over the fills, for the weighted average. */
    BigDecimal filledValue = BigDecimal.ZERO;
    /** A stop, stop-limit or trailing stop whose stop has been crossed. */
    boolean triggered;
    /** An opg/cls order not yet through its simulated auction (the next tick). */
    boolean awaitingAuction;
    /** The parent of a leg (bracket/OTO exit, OCO stop-loss); {@code null} for top-level orders. */
    String parentId;
    /** The current legs of a parent, in the order take-profit, stop-loss. */
    final List<String> legIds = new ArrayList<>();

    WorkingOrder(long sequence, String id, String clientOrderId, Instant now, String assetId, String symbol,
                 BigDecimal notional, BigDecimal qty, BigDecimal targetQty, SimOrderClass orderClass,
                 SimOrderType type, SimSide side, SimTimeInForce timeInForce, boolean extendedHours) {
        this.sequence = sequence;
        this.id = id;
        this.clientOrderId = clientOrderId;
        this.createdAt = now;
        this.submittedAt = now;
        this.updatedAt = now;
        this.assetId = assetId;
        this.symbol = symbol;
        this.notional = notional;
        this.qty = qty;
        this.targetQty = targetQty;
        this.orderClass = orderClass;
        this.type = type;
        this.side = side;
        this.timeInForce = timeInForce;
        this.extendedHours = extendedHours;
        this.status = SimOrderStatus.NEW;
        this.awaitingAuction = timeInForce.isAuction();
    }

    /** Shares still to fill. */
    BigDecimal remaining() {
        return targetQty.subtract(filledQty);
    }

    boolean isOpen() {
        return status.isOpen();
    }

    /** Whether the order takes part in matching now (open, not a held leg). */
    boolean isWorking() {
        return isOpen() && status != SimOrderStatus.HELD;
    }

    /**
     * Follows the market to {@code price} (trailing stops move their stop, stops trigger) and says
     * whether the order may execute at that price. A triggered stop stays triggered: from then on a stop
     * behaves as a market order and a stop-limit as a limit order.
     */
    boolean canExecuteAt(BigDecimal price) {
        return switch (type) {
            case MARKET -> true;
            case LIMIT -> limitAllows(price);
            case STOP -> trigger(price);
            case STOP_LIMIT -> trigger(price) && limitAllows(price);
            case TRAILING_STOP -> {
                if (!triggered) {
                    followTrail(price);
                }
                yield trigger(price);
            }
        };
    }

    private boolean limitAllows(BigDecimal price) {
        int cmp = price.compareTo(limitPrice);
        return side == SimSide.BUY ? cmp <= 0 : cmp >= 0;
    }

    private boolean trigger(BigDecimal price) {
        if (!triggered) {
            int cmp = price.compareTo(stopPrice);
            triggered = side == SimSide.BUY ? cmp >= 0 : cmp <= 0;
        }
        return triggered;
    }

    /**
     * A trailing sell stop follows the highest price seen ({@code hwm}) down by the trail; a trailing buy
     * stop follows the lowest price seen up by the trail. The stop is rounded to the cent away from the
     * water mark.
     */
    void followTrail(BigDecimal price) {
        boolean sell = side == SimSide.SELL;
        if (hwm == null || (sell ? price.compareTo(hwm) > 0 : price.compareTo(hwm) < 0)) {
            hwm = price;
        }
        BigDecimal offset = trailPrice != null ? trailPrice
                : hwm.multiply(trailPercent).divide(HUNDRED, 10, RoundingMode.HALF_EVEN);
        BigDecimal stop = sell ? hwm.subtract(offset) : hwm.add(offset);
        stopPrice = stop.setScale(2, sell ? RoundingMode.DOWN : RoundingMode.UP).max(new BigDecimal("0.01"));
    }

    /** Records one execution on the order and moves it to partially_filled or filled. */
    void recordFill(BigDecimal fillQty, BigDecimal price, Instant now) {
        filledValue = filledValue.add(fillQty.multiply(price));
        filledQty = filledQty.add(fillQty);
        filledAvgPrice = SimDecimals.price(SimDecimals.divide(filledValue, filledQty));
        updatedAt = now;
        if (filledQty.compareTo(targetQty) >= 0) {
            status = SimOrderStatus.FILLED;
            filledAt = now;
        } else {
            status = SimOrderStatus.PARTIALLY_FILLED;
        }
    }

    /** An immutable copy; {@code legs} is {@code null} unless a nested view is asked for. */
    SimOrder snapshot(List<SimOrder> legs) {
        return new SimOrder(id, clientOrderId, createdAt, updatedAt, submittedAt, filledAt, expiredAt, canceledAt,
                failedAt, replacedAt, replacedBy, replaces, assetId, symbol, SimAssets.ASSET_CLASS, notional,
                qty == null ? null : SimDecimals.qty(qty), SimDecimals.qty(filledQty), filledAvgPrice, orderClass,
                type, side, timeInForce, limitPrice, stopPrice, status, extendedHours, legs, trailPercent,
                trailPrice, hwm);
    }
}
