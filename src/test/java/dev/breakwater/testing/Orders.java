package dev.breakwater.testing;

import dev.breakwater.domain.Order;
import dev.breakwater.domain.OrderClass;
import dev.breakwater.domain.OrderStatus;
import dev.breakwater.domain.OrderType;
import dev.breakwater.domain.Side;
import dev.breakwater.domain.TimeInForce;
import dev.breakwater.domain.TradeEvent;
import dev.breakwater.domain.TradeUpdate;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** Order versions and trade updates for tests: a limit buy of 10 KO, varied in what the test cares about. */
public final class Orders {

    public static final OffsetDateTime T0 = OffsetDateTime.parse("2026-03-02T15:00:00Z");

    private Orders() {
    }

    /** Version of order {@code id} with the given status and filled quantity, updated {@code seconds} after T0. */
    public static Order order(String id, OrderStatus status, String filledQty, int seconds) {
        return order(id, status, filledQty, seconds, null, null);
    }

    public static Order order(String id, OrderStatus status, String filledQty, int seconds, String replaces, String replacedBy) {
        OffsetDateTime submitted = T0;
        return new Order(id, "cid-" + id, submitted, T0.plusSeconds(seconds), submitted,
                status == OrderStatus.FILLED ? T0.plusSeconds(seconds) : null, null,
                status == OrderStatus.CANCELED ? T0.plusSeconds(seconds) : null, null,
                status == OrderStatus.REPLACED ? T0.plusSeconds(seconds) : null, replacedBy, replaces,
                "asset-ko", "KO", "us_equity", null, new BigDecimal("10"), new BigDecimal(filledQty),
                new BigDecimal(filledQty).signum() == 0 ? null : new BigDecimal("60.00"), OrderClass.SIMPLE,
                OrderType.LIMIT, Side.BUY, TimeInForce.GTC, new BigDecimal("60.00"), null, status, false, null,
                null, null, null);
    }

    public static TradeUpdate update(TradeEvent event, Order order) {
        return new TradeUpdate(event, event.wire(), order, null, order.updatedAt(), null, null, null);
    }

    public static TradeUpdate fill(Order order) {
        return new TradeUpdate(order.status() == OrderStatus.FILLED ? TradeEvent.FILL : TradeEvent.PARTIAL_FILL,
                order.status() == OrderStatus.FILLED ? "fill" : "partial_fill", order, "exec-" + order.id(),
                order.updatedAt(), new BigDecimal("60.00"), order.filledQty(), order.filledQty());
    }
}
