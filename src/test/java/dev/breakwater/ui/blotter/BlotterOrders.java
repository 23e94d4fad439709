package dev.breakwater.ui.blotter;

import dev.breakwater.domain.Order;
import dev.breakwater.domain.OrderClass;
import dev.breakwater.domain.OrderStatus;
import dev.breakwater.domain.OrderType;
import dev.breakwater.domain.Side;
import dev.breakwater.domain.TimeInForce;
import dev.breakwater.live.ChangeBatch;
import dev.breakwater.testing.Orders;
import dev.breakwater.ui.LiveBlotterFeed;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/** Orders of several symbols, sides and types for the blotter tests; versions of one id share its creation time. */
final class BlotterOrders {

    private BlotterOrders() {
    }

    /** A limit order of 10 at 60.00, created {@code created} seconds after T0, this version {@code version} seconds after. */
    static Order order(String id, String symbol, Side side, OrderType type, OrderStatus status, String filledQty,
                       int created, int version) {
        OffsetDateTime createdAt = Orders.T0.plusSeconds(created);
        BigDecimal filled = new BigDecimal(filledQty);
        boolean takesLimit = type == OrderType.LIMIT || type == OrderType.STOP_LIMIT;
        boolean takesStop = type == OrderType.STOP || type == OrderType.STOP_LIMIT;
        return new Order(id, "cid-" + id, createdAt, createdAt.plusSeconds(version), createdAt,
                status == OrderStatus.FILLED ? createdAt.plusSeconds(version) : null, null, null, null, null,
                null, null, "asset-" + symbol, symbol, "us_equity", null, new BigDecimal("10"), filled,
                filled.signum() == 0 ? null : new BigDecimal("60.00"), OrderClass.SIMPLE, type, side,
                TimeInForce.DAY, takesLimit ? new BigDecimal("60.00") : null, takesStop ? new BigDecimal("58.00") : null,
                status, false, null, null, type == OrderType.TRAILING_STOP ? new BigDecimal("1.50") : null, null);
    }

    static Order limitBuy(String id, String symbol, OrderStatus status, int created, int version) {
        return order(id, symbol, Side.BUY, OrderType.LIMIT, status,
                status == OrderStatus.FILLED ? "10" : status == OrderStatus.PARTIALLY_FILLED ? "4" : "0", created, version);
    }

    static void show(LiveBlotterFeed feed, Order... orders) {
        feed.accept(new ChangeBatch(List.of(orders), null, null));
    }
}
