package dev.breakwater.resilience;

import dev.breakwater.broker.Broker;
import dev.breakwater.broker.BrokerException;
import dev.breakwater.broker.CancelResult;
import dev.breakwater.broker.Endpoint;
import dev.breakwater.broker.OrderQuery;
import dev.breakwater.broker.UnprocessableException;
import dev.breakwater.domain.Account;
import dev.breakwater.domain.MarketClock;
import dev.breakwater.domain.Order;
import dev.breakwater.domain.OrderRequest;
import dev.breakwater.domain.OrderStatus;
import dev.breakwater.domain.Position;
import dev.breakwater.domain.ReplaceRequest;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A {@link Broker} that adds retries, circuit breakers and the shared rate limit to another one (the
 * REST client). Built by {@link Resilience#decorate(Broker)}.
 *
 * <ul>
 *   <li><b>Reads</b> (order, order by client id, orders, account, positions, clock) are retried on
 *       retryable failures behind the reads breaker.</li>
 *   <li><b>Cancel and cancel-all</b> are retried behind the orders breaker: cancelling twice cancels
 *       once. A cancel whose first attempt landed but timed out can then meet a 422 "not cancelable" on
 *       the retry; the order is then looked up, and if it is canceled (or pending cancel) the cancel
 *       succeeded; otherwise (filled meanwhile, say) the 422 is thrown as it is. Cancel-all's result lists only what the successful attempt cancelled.</li>
 *   <li><b>Replace</b> (PATCH) is not idempotent and gets a single attempt: a resend could replace the
 *       replacement. An unclear failure is thrown with {@code mayHaveTakenEffect() == true}; the caller
 *       settles it through the replacement's client_order_id.</li>
 *   <li><b>Placement</b> never re-POSTs blindly; see {@link OrderPlacement}.</li>
 * </ul>
 *
 * Thread-safe: it holds no per-call state.
 */
public final class ResilientBroker implements Broker {

    private final Broker delegate;
    private final RetryLoop retrying;
    private final OrderPlacement placement;

    ResilientBroker(Broker delegate, RetryLoop retrying, OrderPlacement placement) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.retrying = retrying;
        this.placement = placement;
    }

    @Override
    public Order placeOrder(OrderRequest request) {
        return placement.place(request);
    }

    @Override
    public Order getOrder(String orderId) {
        return retrying.call(Endpoint.GET_ORDER, () -> delegate.getOrder(orderId));
    }

    @Override
    public Order getOrderByClientOrderId(String clientOrderId) {
        return retrying.call(Endpoint.GET_ORDER_BY_CLIENT_ID, () -> delegate.getOrderByClientOrderId(clientOrderId));
    }

    @Override
    public List<Order> listOrders(OrderQuery query) {
        return retrying.call(Endpoint.LIST_ORDERS, () -> delegate.listOrders(query));
    }

    @Override
    public Order replaceOrder(String orderId, ReplaceRequest request) {
        return retrying.call(Endpoint.REPLACE_ORDER, () -> delegate.replaceOrder(orderId, request));
    }

    @Override
    public void cancelOrder(String orderId) {
        AtomicBoolean earlierAttemptUnclear = new AtomicBoolean();
        retrying.call(Endpoint.CANCEL_ORDER, () -> {
            try {
                delegate.cancelOrder(orderId);
            } catch (UnprocessableException notCancelable) {
                // After a lost reply, "not cancelable" may just mean our first attempt cancelled it.
                if (!earlierAttemptUnclear.get() || !canceledAlready(orderId)) {
                    throw notCancelable;
                }
            } catch (BrokerException failure) {
                earlierAttemptUnclear.compareAndSet(false, failure.mayHaveTakenEffect());
                throw failure;
            }
            return null;
        });
    }

    private boolean canceledAlready(String orderId) {
        try {
            OrderStatus status = delegate.getOrder(orderId).status();
            return status == OrderStatus.CANCELED || status == OrderStatus.PENDING_CANCEL;
        } catch (RuntimeException lookupFailed) {
            return false; // unsure: report the 422 as it came
        }
    }

    @Override
    public List<CancelResult> cancelAllOrders() {
        return retrying.call(Endpoint.CANCEL_ALL_ORDERS, delegate::cancelAllOrders);
    }

    @Override
    public Account getAccount() {
        return retrying.call(Endpoint.ACCOUNT, delegate::getAccount);
    }

    @Override
    public List<Position> getPositions() {
        return retrying.call(Endpoint.POSITIONS, delegate::getPositions);
    }

    @Override
    public MarketClock getClock() {
        return retrying.call(Endpoint.CLOCK, delegate::getClock);
    }
}
