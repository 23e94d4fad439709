package dev.breakwater.journal;

import dev.breakwater.domain.Order;
import dev.breakwater.domain.OrderClass;
import dev.breakwater.domain.OrderStatus;
import dev.breakwater.domain.OrderType;
import dev.breakwater.domain.Side;
import dev.breakwater.domain.TimeInForce;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** Broker orders for the journal tests. */
final class JournalFixtures {

    private JournalFixtures() {
    }

    /** A filled limit buy of 10 AAPL at 187.50, created 2026-03-02 09:00 New York time. */
    static Order brokerOrder(String clientOrderId) {
        return brokerOrder(clientOrderId, "b-" + clientOrderId);
    }

    static Order brokerOrder(String clientOrderId, String id) {
        OffsetDateTime created = OffsetDateTime.of(2026, 3, 2, 9, 0, 0, 0, ZoneOffset.ofHours(-5));
        return new Order(id, clientOrderId, created, created, created, created, null, null, null, null, null, null,
                "asset", "AAPL", "us_equity", null, new BigDecimal("10"), new BigDecimal("10"), new BigDecimal("187.5"),
                OrderClass.SIMPLE, OrderType.LIMIT, Side.BUY, TimeInForce.DAY, new BigDecimal("187.50"), null,
                OrderStatus.FILLED, false, List.of(), null, null, null);
    }
}
