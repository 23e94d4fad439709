package dev.breakwater.resilience;

import dev.breakwater.broker.Broker;
import dev.breakwater.broker.CancelResult;
import dev.breakwater.broker.Endpoint;
import dev.breakwater.broker.OrderQuery;
import dev.breakwater.domain.Account;
import dev.breakwater.domain.MarketClock;
import dev.breakwater.domain.Order;
import dev.breakwater.domain.OrderRequest;
import dev.breakwater.domain.Position;
import dev.breakwater.domain.ReplaceRequest;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A fake {@link Broker} scripted per endpoint: each call takes the next scripted answer (a value or an
 * exception), then falls back to the "always" answer; an unscripted call fails the test. Every call is
 * recorded with its arguments, in order.
 */
final class ScriptedBroker implements Broker {

    /** What one call does. */
    @FunctionalInterface
    interface Answer {
        Object answer(List<Object> args);
    }

    /** One recorded call. */
    record Call(Endpoint endpoint, List<Object> args) {
    }

    private final Map<Endpoint, Deque<Answer>> scripted = new EnumMap<>(Endpoint.class);
    private final Map<Endpoint, Answer> always = new EnumMap<>(Endpoint.class);
    private final List<Call> calls = Collections.synchronizedList(new ArrayList<>());

    /** Fluent script of one endpoint. */
    final class Script {
        private final Endpoint endpoint;

        private Script(Endpoint endpoint) {
            this.endpoint = endpoint;
        }

        Script thenReturn(Object value) {
            return then(args -> value);
        }

        Script thenThrow(RuntimeException failure) {
            return then(args -> {
                throw failure;
            });
        }

        Script then(Answer answer) {
            synchronized (ScriptedBroker.this) {
                scripted.computeIfAbsent(endpoint, e -> new ArrayDeque<>()).addLast(answer);
            }
            return this;
        }

        void alwaysReturn(Object value) {
            always(args -> value);
        }

        void alwaysThrow(RuntimeException failure) {
            always(args -> {
                throw failure;
            });
        }

        void always(Answer answer) {
            synchronized (ScriptedBroker.this) {
                ScriptedBroker.this.always.put(endpoint, answer);
            }
        }
    }

    Script on(Endpoint endpoint) {
        return new Script(endpoint);
    }

    List<Call> calls() {
        synchronized (calls) {
            return List.copyOf(calls);
        }
    }

    List<Endpoint> endpointsCalled() {
        return calls().stream().map(Call::endpoint).toList();
    }

    int count(Endpoint endpoint) {
        return (int) calls().stream().filter(call -> call.endpoint() == endpoint).count();
    }

    List<OrderRequest> placedRequests() {
        return calls().stream()
                .filter(call -> call.endpoint() == Endpoint.PLACE_ORDER)
                .map(call -> (OrderRequest) call.args().get(0))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private <T> T answer(Endpoint endpoint, Object... args) {
        calls.add(new Call(endpoint, Collections.unmodifiableList(Arrays.asList(args))));
        Answer answer;
        synchronized (this) {
            Deque<Answer> queue = scripted.get(endpoint);
            answer = queue == null ? null : queue.pollFirst();
            if (answer == null) {
                answer = always.get(endpoint);
            }
        }
        if (answer == null) {
            throw new AssertionError("unscripted call to " + endpoint.tag());
        }
        return (T) answer.answer(Arrays.asList(args));
    }

    @Override
    public Order placeOrder(OrderRequest request) {
        return answer(Endpoint.PLACE_ORDER, request);
    }

    @Override
    public Order getOrder(String orderId) {
        return answer(Endpoint.GET_ORDER, orderId);
    }

    @Override
    public Order getOrderByClientOrderId(String clientOrderId) {
        return answer(Endpoint.GET_ORDER_BY_CLIENT_ID, clientOrderId);
    }

    @Override
    public List<Order> listOrders(OrderQuery query) {
        return answer(Endpoint.LIST_ORDERS, query);
    }

    @Override
    public Order replaceOrder(String orderId, ReplaceRequest request) {
        return answer(Endpoint.REPLACE_ORDER, orderId, request);
    }

    @Override
    public void cancelOrder(String orderId) {
        answer(Endpoint.CANCEL_ORDER, orderId);
    }

    @Override
    public List<CancelResult> cancelAllOrders() {
        return answer(Endpoint.CANCEL_ALL_ORDERS);
    }

    @Override
    public Account getAccount() {
        return answer(Endpoint.ACCOUNT);
    }

    @Override
    public List<Position> getPositions() {
        return answer(Endpoint.POSITIONS);
    }

    @Override
    public MarketClock getClock() {
        return answer(Endpoint.CLOCK);
    }
}
