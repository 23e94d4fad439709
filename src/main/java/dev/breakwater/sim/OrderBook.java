package dev.breakwater.sim;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Every order the account ever placed, how to find it (by id, by client order id), which are still open,
 * and how orders hang together in brackets and OCO pairs. Guarded by the exchange's lock.
 */
final class OrderBook {

    private final Map<String, WorkingOrder> orders = new LinkedHashMap<>();
    private final Map<String, WorkingOrder> byClientOrderId = new HashMap<>();
    private final Map<String, WorkingOrder> open = new LinkedHashMap<>();
    private long lastSequence;

    /** The next order sequence number (creation order, the tie-breaker of equal timestamps). */
    long nextSequence() {
        return ++lastSequence;
    }

    /** Makes the order known by id and client order id (taken for good) and, while open, to matching. */
    void register(WorkingOrder order) {
        orders.put(order.id, order);
        byClientOrderId.put(order.clientOrderId, order);
        if (order.isOpen()) {
            open.put(order.id, order);
        }
    }

    /** Whether any order ever used this client order id. */
    boolean isTaken(String clientOrderId) {
        return byClientOrderId.containsKey(clientOrderId);
    }

    /** Takes an order that is no longer open out of matching. */
    void closed(WorkingOrder order) {
        open.remove(order.id);
    }

    /** @throws SimRejection 404 when there is no such order */
    WorkingOrder find(String id) {
        WorkingOrder order = id == null ? null : orders.get(id);
        if (order == null) {
            throw SimRejection.orderNotFound();
        }
        return order;
    }

    /** @throws SimRejection 404 when no order ever used this client order id */
    WorkingOrder findByClientOrderId(String clientOrderId) {
        WorkingOrder order = clientOrderId == null ? null : byClientOrderId.get(clientOrderId);
        if (order == null) {
            throw SimRejection.orderNotFound();
        }
        return order;
    }

    /** A copy of the open orders, oldest first (safe to iterate while orders change). */
    List<WorkingOrder> openOrders() {
        return new ArrayList<>(open.values());
    }

    /** Every order, oldest first. */
    Collection<WorkingOrder> all() {
        return orders.values();
    }

    /** The current legs of a parent, take-profit first. */
    List<WorkingOrder> legs(WorkingOrder parent) {
        return parent.legIds.stream().map(orders::get).toList();
    }

    /** An immutable copy of the order; with {@code nested} a parent carries its legs. */
    SimOrder snapshot(WorkingOrder order, boolean nested) {
        List<SimOrder> legs = null;
        if (nested && !order.legIds.isEmpty()) {
            legs = legs(order).stream().map(leg -> leg.snapshot(null)).toList();
        }
        return order.snapshot(legs);
    }

    /** {@code GET /v2/orders}: filtered, sorted by submission time (then creation), limited. */
    List<SimOrder> list(SimOrderQuery query) {
        Comparator<WorkingOrder> bySubmission = Comparator.<WorkingOrder, Instant>comparing(o -> o.submittedAt)
                .thenComparingLong(o -> o.sequence);
        if (query.direction() == SimOrderQuery.Direction.DESC) {
            bySubmission = bySubmission.reversed();
        }
        return orders.values().stream()
                .filter(o -> !query.nested() || !isAttachedLeg(o))
                .filter(o -> switch (query.status()) {
                    case OPEN -> o.isOpen();
                    case CLOSED -> !o.isOpen();
                    case ALL -> true;
                })
                .filter(o -> query.symbols().isEmpty() || query.symbols().contains(o.symbol))
                .filter(o -> query.side() == null || query.side() == o.side)
                .filter(o -> query.after() == null || o.submittedAt.isAfter(query.after()))
                .filter(o -> query.until() == null || o.submittedAt.isBefore(query.until()))
                .sorted(bySubmission)
                .limit(query.limit())
                .map(o -> snapshot(o, query.nested()))
                .toList();
    }

    /**
     * The orders that one execution of {@code order} cancels: the other exits of a bracket, or the other
     * half of an OCO pair.
     */
    List<WorkingOrder> exclusivePeers(WorkingOrder order) {
        WorkingOrder group;
        if (order.orderClass == SimOrderClass.OCO) {
            group = order.parentId == null ? order : orders.get(order.parentId);
        } else if (order.orderClass == SimOrderClass.BRACKET && order.parentId != null) {
            group = orders.get(order.parentId);
        } else {
            return List.of();
        }
        Stream<WorkingOrder> members = legs(group).stream();
        if (order.orderClass == SimOrderClass.OCO) {
            members = Stream.concat(Stream.of(group), members);
        }
        return members.filter(member -> member != order).toList();
    }

    /**
     * Shares that working orders on one side of a symbol claim. The exits of one bracket (and the two
     * halves of an OCO pair) protect the same shares, so each group counts once, with its largest member.
     */
    BigDecimal claimedBy(String symbol, SimSide side, WorkingOrder excluded) {
        Map<String, BigDecimal> byGroup = new HashMap<>();
        for (WorkingOrder order : open.values()) {
            if (order != excluded && order.isWorking() && order.side == side && order.symbol.equals(symbol)) {
                byGroup.merge(groupKey(order), order.remaining(), BigDecimal::max);
            }
        }
        return byGroup.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * The replacement takes the old order's place: as the parent of the old order's legs, or as a leg of
     * the old order's parent. Unfilled legs take the replacement's quantity.
     */
    void relink(WorkingOrder old, WorkingOrder replacement) {
        if (old.parentId != null) {
            WorkingOrder parent = orders.get(old.parentId);
            replacement.parentId = parent.id;
            parent.legIds.replaceAll(legId -> legId.equals(old.id) ? replacement.id : legId);
        }
        for (WorkingOrder leg : legs(old)) {
            leg.parentId = replacement.id;
            if (leg.isOpen() && leg.filledQty.signum() == 0) {
                // Unfilled exits (held bracket exits, an OCO stop-loss) cover what the new order trades.
                leg.qty = replacement.qty;
                leg.targetQty = replacement.targetQty;
            }
            replacement.legIds.add(leg.id);
        }
        old.legIds.clear();
    }

    /** A leg still hanging under its parent (a replaced leg no longer is, and is listed on its own). */
    private boolean isAttachedLeg(WorkingOrder order) {
        return order.parentId != null && orders.get(order.parentId).legIds.contains(order.id);
    }

    private static String groupKey(WorkingOrder order) {
        if (order.orderClass == SimOrderClass.OCO) {
            return order.parentId != null ? order.parentId : order.id;
        }
        return order.parentId != null ? "exits-of-" + order.parentId : order.id;
    }
}
