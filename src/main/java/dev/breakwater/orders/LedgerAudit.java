package dev.breakwater.orders;

import dev.breakwater.domain.ClientOrderIds;
import dev.breakwater.domain.Order;
import dev.breakwater.journal.Intent;
import dev.breakwater.journal.IntentState;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares every order at the broker with every intent in the journal, the check behind the soak and the
 * crash test. It looks at everything, not only one run's tickets, because a duplicate or an orphan from
 * an earlier, killed run is exactly what it must find.
 *
 * <ul>
 *   <li><b>duplicates</b>: broker orders beyond the first for one client_order_id, plus broker orders
 *       beyond the first for one ticket (two client_order_ids minted for one ticket);</li>
 *   <li><b>lost</b>: broker orders with Breakwater's prefix that the journal lacks (orphans), plus
 *       intents the journal calls ACCEPTED whose order the broker does not have;</li>
 *   <li><b>unknown</b>: intents still owing an answer (PENDING, SENDING, UNKNOWN);</li>
 *   <li><b>placedButNotAccepted</b>: intents REJECTED or NOT_SENT whose order the broker has after all
 *       (the journal says "not placed" wrongly) – counted in {@code lost}, since the console would not
 *       show an order that exists.</li>
 * </ul>
 * Broker orders without Breakwater's prefix (placed by another tool, bracket legs) are counted as
 * {@code foreign} and otherwise ignored.
 */
public final class LedgerAudit {

    private LedgerAudit() {
    }

    /** The figures of one comparison. */
    public record Result(int tickets, int intents, int brokerOrders, int foreign, int accepted, int rejected,
                         int notSent, int unknown, int duplicates, int lost) {

        /** True when no order was placed twice, none is unknown to the console, and none is unresolved. */
        public boolean clean() {
            return duplicates == 0 && lost == 0 && unknown == 0;
        }
    }

    public static Result audit(List<Order> brokerOrders, List<Intent> intents) {
        Map<String, Intent> intentsById = new HashMap<>();
        Set<String> tickets = new HashSet<>();
        int accepted = 0;
        int rejected = 0;
        int notSent = 0;
        int unknown = 0;
        for (Intent intent : intents) {
            intentsById.put(intent.clientOrderId(), intent);
            tickets.add(intent.ticketId());
            switch (intent.state()) {
                case ACCEPTED -> accepted++;
                case REJECTED -> rejected++;
                case NOT_SENT -> notSent++;
                case PENDING, SENDING, UNKNOWN -> unknown++;
            }
        }

        Map<String, Integer> ordersPerClientId = new HashMap<>();
        Map<String, Integer> ordersPerTicket = new HashMap<>();
        int ours = 0;
        int foreign = 0;
        int lost = 0;
        for (Order order : brokerOrders) {
            String clientOrderId = order.clientOrderId();
            if (clientOrderId == null || !ClientOrderIds.isOurs(clientOrderId)) {
                foreign++;
                continue;
            }
            ours++;
            ordersPerClientId.merge(clientOrderId, 1, Integer::sum);
            Intent intent = intentsById.get(clientOrderId);
            if (intent == null) {
                lost++; // an orphan: placed, but the console has no record of it
            } else {
                ordersPerTicket.merge(intent.ticketId(), 1, Integer::sum);
                if (intent.state() == IntentState.REJECTED || intent.state() == IntentState.NOT_SENT) {
                    lost++;
                }
            }
        }
        for (Intent intent : intents) {
            if (intent.state() == IntentState.ACCEPTED && !ordersPerClientId.containsKey(intent.clientOrderId())) {
                lost++;
            }
        }
        int duplicates = extras(ordersPerClientId) + extras(ordersPerTicket);
        return new Result(tickets.size(), intents.size(), ours, foreign, accepted, rejected, notSent, unknown,
                duplicates, lost);
    }

    private static int extras(Map<String, Integer> counts) {
        return counts.values().stream().mapToInt(count -> count - 1).sum();
    }
}
