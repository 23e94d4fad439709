package dev.breakwater.domain;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * One {@code trade_updates} event: what happened ({@code event}, with the wire name kept in
 * {@code eventName} so an unknown event is still readable) and the order as it is now. Fills carry the
 * execution's price and quantity and the position's signed quantity afterwards.
 */
public record TradeUpdate(
        TradeEvent event,
        String eventName,
        Order order,
        String executionId,
        OffsetDateTime timestamp,
        BigDecimal price,
        BigDecimal qty,
        BigDecimal positionQty) {
}
