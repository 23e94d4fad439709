package dev.breakwater.orders;

import dev.breakwater.broker.Broker;
import dev.breakwater.broker.NotFoundException;
import dev.breakwater.domain.Order;

/**
 * Looks an order up by its client_order_id: Alpaca's counterpart of FIX's Order Status Request, the
 * standard way to settle an order whose answer was lost. Three answers, and only {@link Absent} says
 * anything about the order not being there (allowing for delayed visibility).
 */
final class BrokerLookup {

    sealed interface Result {
    }

    /** The broker has it. */
    record Found(Order order) implements Result {
    }

    /** 404: the broker shows no order with this id (yet). */
    record Absent() implements Result {
    }

    /** The lookup itself failed: nothing learnt. */
    record Failed(String reason) implements Result {
    }

    private final Broker broker;

    BrokerLookup(Broker broker) {
        this.broker = broker;
    }

    Result byClientOrderId(String clientOrderId) {
        try {
            return new Found(broker.getOrderByClientOrderId(clientOrderId));
        } catch (NotFoundException notFound) {
            return new Absent();
        } catch (RuntimeException failure) {
            return new Failed(PlacementVerdict.describe(failure));
        }
    }
}
