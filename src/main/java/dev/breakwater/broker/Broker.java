package dev.breakwater.broker;

import dev.breakwater.domain.Account;
import dev.breakwater.domain.MarketClock;
import dev.breakwater.domain.Order;
import dev.breakwater.domain.OrderRequest;
import dev.breakwater.domain.Position;
import dev.breakwater.domain.ReplaceRequest;
import java.util.List;

/**
 * The broker port: the calls Breakwater makes to a brokerage, in domain types. Every method either
 * returns the broker's answer or throws a {@link BrokerException} subtype that says what went wrong
 * and whether the request may have reached the broker.
 *
 * <p>Implementations: the Alpaca REST client (one attempt per call) and the resilient decorator in
 * {@code dev.breakwater.resilience} (retries, breakers, rate limit).
 */
public interface Broker {

    /** {@code POST /v2/orders}. The request must carry its client_order_id. */
    Order placeOrder(OrderRequest request);

    /** {@code GET /v2/orders/{id}}. */
    Order getOrder(String orderId);

    /** {@code GET /v2/orders:by_client_order_id}: the standard way to settle an order whose reply was lost. */
    Order getOrderByClientOrderId(String clientOrderId);

    /** {@code GET /v2/orders} with filters. */
    List<Order> listOrders(OrderQuery query);

    /** {@code PATCH /v2/orders/{id}}: returns the new order (a new id) that replaces the old one. */
    Order replaceOrder(String orderId, ReplaceRequest request);

    /** {@code DELETE /v2/orders/{id}}: the request is accepted; the cancel itself arrives later as an event. */
    void cancelOrder(String orderId);

    /** {@code DELETE /v2/orders}: one result per order the broker tried to cancel. */
    List<CancelResult> cancelAllOrders();

    /** {@code GET /v2/account}. */
    Account getAccount();

    /** {@code GET /v2/positions}. */
    List<Position> getPositions();

    /** {@code GET /v2/clock}. */
    MarketClock getClock();
}
