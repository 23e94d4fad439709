package dev.breakwater.live;

import dev.breakwater.broker.Broker;
import dev.breakwater.broker.NotFoundException;
import dev.breakwater.broker.OrderQuery;
import dev.breakwater.domain.Order;
import dev.breakwater.orders.BrokerOrders;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads over REST what the stream may have missed while it was down. Nothing replays missed events, and
 * {@code GET /v2/orders?after=} filters on <i>submission</i> time, so three reads together cover the gap:
 * <ol>
 *   <li>every order submitted since the mark, oldest first, paged past 500 ({@link BrokerOrders#since});</li>
 *   <li>the open orders (one page of 500): an old GTC order that traded while we were away was submitted
 *       before the mark;</li>
 *   <li>each order the model still holds as open but neither read returned: it closed while we were away
 *       (filled, canceled, expired), so it is fetched by id.</li>
 * </ol>
 */
final class GapRecovery {

    static final int OPEN_PAGE = 500;

    private final Broker broker;

    GapRecovery(Broker broker) {
        this.broker = broker;
    }

    /** The orders to merge; throws the broker's exception when a read fails (the caller retries). */
    List<Order> read(OffsetDateTime after, Set<String> heldOpenIds) {
        Map<String, Order> found = new LinkedHashMap<>();
        for (Order order : BrokerOrders.since(broker, after)) {
            found.put(order.id(), order);
        }
        for (Order order : broker.listOrders(new OrderQuery("open", OPEN_PAGE, null, null, "asc", null, List.of()))) {
            found.putIfAbsent(order.id(), order);
        }
        for (String id : heldOpenIds) {
            if (!found.containsKey(id)) {
                try {
                    found.put(id, broker.getOrder(id));
                } catch (NotFoundException gone) {
                    // Nothing to learn; the held version stays (the broker forgot it, we do not invent a state).
                }
            }
        }
        return new ArrayList<>(found.values());
    }
}
