package dev.breakwater.orders;

import dev.breakwater.broker.Broker;
import dev.breakwater.broker.CancelResult;
import dev.breakwater.broker.OrderQuery;
import dev.breakwater.domain.Account;
import dev.breakwater.domain.MarketClock;
import dev.breakwater.domain.Order;
import dev.breakwater.domain.OrderRequest;
import dev.breakwater.domain.Position;
import dev.breakwater.domain.ReplaceRequest;
import java.util.List;
import java.util.function.Consumer;

/** A broker that runs a hook with the placed order before the placement returns: "the stream was faster than the reply". */
final class HookedBroker implements Broker {

    private final Broker delegate;
    private final Consumer<Order> afterPlacing;

    HookedBroker(Broker delegate, Consumer<Order> afterPlacing) {
        this.delegate = delegate;
        this.afterPlacing = afterPlacing;
    }

    @Override
    public Order placeOrder(OrderRequest request) {
        Order order = delegate.placeOrder(request);
        afterPlacing.accept(order);
        return order;
    }

    @Override
    public Order getOrder(String orderId) {
        return delegate.getOrder(orderId);
    }

    @Override
    public Order getOrderByClientOrderId(String clientOrderId) {
        return delegate.getOrderByClientOrderId(clientOrderId);
    }

    @Override
    public List<Order> listOrders(OrderQuery query) {
        return delegate.listOrders(query);
    }

    @Override
    public Order replaceOrder(String orderId, ReplaceRequest request) {
        return delegate.replaceOrder(orderId, request);
    }

    @Override
    public void cancelOrder(String orderId) {
        delegate.cancelOrder(orderId);
    }

    @Override
    public List<CancelResult> cancelAllOrders() {
        return delegate.cancelAllOrders();
    }

    @Override
    public Account getAccount() {
        return delegate.getAccount();
    }

    @Override
    public List<Position> getPositions() {
        return delegate.getPositions();
    }

    @Override
    public MarketClock getClock() {
        return delegate.getClock();
    }
}
