package dev.breakwater.testing;

import dev.breakwater.broker.Broker;
import dev.breakwater.broker.CancelResult;
import dev.breakwater.broker.Endpoint;
import dev.breakwater.broker.NotFoundException;
import dev.breakwater.broker.OrderQuery;
import dev.breakwater.broker.TransportException;
import dev.breakwater.domain.Account;
import dev.breakwater.domain.MarketClock;
import dev.breakwater.domain.Order;
import dev.breakwater.domain.OrderRequest;
import dev.breakwater.domain.Position;
import dev.breakwater.domain.ReplaceRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** An in-memory broker for the reads the live account makes; counts them, and can be told to fail. */
public final class FakeBroker implements Broker {

    public final Map<String, Order> orders = new LinkedHashMap<>();
    public volatile Account account;
    public volatile List<Position> positions = List.of();
    public volatile boolean down;
    public final AtomicInteger accountReads = new AtomicInteger();
    public final AtomicInteger positionReads = new AtomicInteger();
    public final AtomicInteger listCalls = new AtomicInteger();
    public final List<String> getOrderCalls = new ArrayList<>();

    public synchronized void put(Order order) {
        orders.put(order.id(), order);
    }

    private void checkUp() {
        if (down) {
            throw new TransportException(Endpoint.LIST_ORDERS, "broker down (test)", false, null);
        }
    }

    @Override
    public synchronized List<Order> listOrders(OrderQuery query) {
        checkUp();
        listCalls.incrementAndGet();
        return orders.values().stream()
                .filter(order -> !"open".equals(query.status()) || !order.status().isFinal())
                .filter(order -> query.after() == null || order.submittedAt().isAfter(query.after()))
                .sorted(Comparator.comparing(Order::submittedAt))
                .limit(query.limit() == null ? 50 : query.limit())
                .toList();
    }

    @Override
    public synchronized Order getOrder(String orderId) {
        checkUp();
        getOrderCalls.add(orderId);
        Order order = orders.get(orderId);
        if (order == null) {
            throw new NotFoundException(Endpoint.GET_ORDER, 404, 40410000, "order not found");
        }
        return order;
    }

    @Override
    public Account getAccount() {
        checkUp();
        accountReads.incrementAndGet();
        return account;
    }

    @Override
    public List<Position> getPositions() {
        checkUp();
        positionReads.incrementAndGet();
        return positions;
    }

    @Override
    public Order placeOrder(OrderRequest request) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Order getOrderByClientOrderId(String clientOrderId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Order replaceOrder(String orderId, ReplaceRequest request) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void cancelOrder(String orderId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<CancelResult> cancelAllOrders() {
        throw new UnsupportedOperationException();
    }

    @Override
    public MarketClock getClock() {
        throw new UnsupportedOperationException();
    }
}
