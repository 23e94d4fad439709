package dev.breakwater.orders;

import dev.breakwater.broker.Broker;
import dev.breakwater.broker.OrderQuery;
import dev.breakwater.domain.Order;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every order the broker submitted after a time, paging past Alpaca's 500-per-call limit. Pages advance
 * by submission time; {@code after} is exclusive, so the next page starts a nanosecond before the last
 * order seen and orders sharing that instant are fetched again and de-duplicated by id rather than
 * skipped.
 */
public final class BrokerOrders {

    static final int PAGE = 500;

    private BrokerOrders() {
    }

    public static List<Order> since(Broker broker, OffsetDateTime after) {
        Map<String, Order> byId = new LinkedHashMap<>();
        OffsetDateTime cursor = after;
        while (true) {
            List<Order> page = broker.listOrders(OrderQuery.allSince(cursor, PAGE));
            int before = byId.size();
            for (Order order : page) {
                byId.putIfAbsent(order.id(), order);
            }
            if (page.size() < PAGE || byId.size() == before) {
                return new ArrayList<>(byId.values());
            }
            Order last = page.get(page.size() - 1);
            OffsetDateTime lastTime = last.submittedAt() != null ? last.submittedAt() : last.createdAt();
            cursor = lastTime.minusNanos(1);
        }
    }
}
