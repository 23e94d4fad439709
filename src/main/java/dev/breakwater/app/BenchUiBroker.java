package dev.breakwater.app;

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

/**
 * The broker behind {@code bench ui}: the live model's fallback refresh reads "nothing new" (a null
 * account and no positions keep what it holds), and no order can be sent. The bench measures the path
 * from the model to the screen, so no socket and no simulator should share its two cores.
 */
final class BenchUiBroker implements Broker {

    private static UnsupportedOperationException noOrders() {
        return new UnsupportedOperationException("the UI bench sends nothing to a broker");
    }

    @Override
    public Order placeOrder(OrderRequest request) {
        throw noOrders();
    }

    @Override
    public Order getOrder(String orderId) {
        throw noOrders();
    }

    @Override
    public Order getOrderByClientOrderId(String clientOrderId) {
        throw noOrders();
    }

    @Override
    public List<Order> listOrders(OrderQuery query) {
        return List.of();
    }

    @Override
    public Order replaceOrder(String orderId, ReplaceRequest request) {
        throw noOrders();
    }

    @Override
    public void cancelOrder(String orderId) {
        throw noOrders();
    }

    @Override
    public List<CancelResult> cancelAllOrders() {
        throw noOrders();
    }

    @Override
    public Account getAccount() {
        return null;
    }

    @Override
    public List<Position> getPositions() {
        return List.of();
    }

    @Override
    public MarketClock getClock() {
        throw noOrders();
    }
}
