package dev.breakwater.ui.blotter;

import dev.breakwater.broker.Broker;
import dev.breakwater.broker.CancelResult;
import dev.breakwater.broker.OrderQuery;
import dev.breakwater.domain.Account;
import dev.breakwater.domain.MarketClock;
import dev.breakwater.domain.Order;
import dev.breakwater.domain.OrderRequest;
import dev.breakwater.domain.OrderStatus;
import dev.breakwater.domain.Position;
import dev.breakwater.domain.ReplaceRequest;
import dev.breakwater.testing.FakeBroker;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@link FakeBroker} for reads, plus the three order commands the blotter sends, recorded; each can be told
 * to fail. (FakeBroker itself refuses cancel, replace and cancel-all.)
 */
final class TradingBroker implements Broker {

    final FakeBroker reads = new FakeBroker();
    final List<String> canceled = new ArrayList<>();
    final List<Map.Entry<String, ReplaceRequest>> replaced = new ArrayList<>();
    int cancelAllCalls;
    List<CancelResult> cancelAllResults = List.of();
    RuntimeException failure;

    private void maybeFail() {
        if (failure != null) {
            throw failure;
        }
    }

    @Override
    public void cancelOrder(String orderId) {
        maybeFail();
        canceled.add(orderId);
    }

    @Override
    public Order replaceOrder(String orderId, ReplaceRequest request) {
        maybeFail();
        replaced.add(Map.entry(orderId, request));
        return BlotterOrders.limitBuy(orderId + "-r", "KO", OrderStatus.PENDING_NEW, 0, 0);
    }

    @Override
    public List<CancelResult> cancelAllOrders() {
        maybeFail();
        cancelAllCalls++;
        return cancelAllResults;
    }

    @Override
    public Order placeOrder(OrderRequest request) {
        return reads.placeOrder(request);
    }

    @Override
    public Order getOrder(String orderId) {
        return reads.getOrder(orderId);
    }

    @Override
    public Order getOrderByClientOrderId(String clientOrderId) {
        return reads.getOrderByClientOrderId(clientOrderId);
    }

    @Override
    public List<Order> listOrders(OrderQuery query) {
        return reads.listOrders(query);
    }

    @Override
    public Account getAccount() {
        return reads.getAccount();
    }

    @Override
    public List<Position> getPositions() {
        return reads.getPositions();
    }

    @Override
    public MarketClock getClock() {
        return reads.getClock();
    }
}
