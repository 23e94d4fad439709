package dev.breakwater.sim;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One {@code trade_updates} event: what happened, the order's full snapshot after it happened, and when.
 * Executions ({@code fill}, {@code partial_fill}) also carry their execution id, price, quantity and the
 * signed position quantity after the fill; for other events those four are {@code null}.
 *
 * @param sequence the event's place in the exchange's one global order of events, from 1; listeners
 *                 receive events in this order
 */
public record SimTradeEvent(
        long sequence,
        SimEventType event,
        SimOrder order,
        Instant timestamp,
        String executionId,
        BigDecimal price,
        BigDecimal qty,
        BigDecimal positionQty) {
}
