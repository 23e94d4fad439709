package dev.breakwater.live;

import dev.breakwater.domain.Account;
import dev.breakwater.domain.Order;
import dev.breakwater.domain.Position;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The broker's truth as last seen: the latest version of every order (by id and by client_order_id), the
 * replace links in both directions, the account summary and the positions.
 *
 * <p>Writes come from one writer at a time ({@link LiveAccount} serialises them); reads may come from any
 * thread at any time and see each order's latest applied version (concurrent maps, volatile fields).
 */
final class AccountState {

    private final Map<String, Order> byId = new ConcurrentHashMap<>();
    private final Map<String, String> idByClientOrderId = new ConcurrentHashMap<>();
    /** old id -> the id of the order that replaced it. */
    private final Map<String, String> replacedBy = new ConcurrentHashMap<>();
    /** new id -> the id of the order it replaced. */
    private final Map<String, String> replaces = new ConcurrentHashMap<>();
    private volatile Account account;
    private volatile List<Position> positions = List.of();

    /**
     * Applies one version of an order (and of its legs) under the ordering of {@link OrderVersions}.
     * Adds to {@code changed} the ids whose visible state changed: the order itself when this version
     * was kept, and both ends of any replace link learned from it.
     */
    void merge(Order order, ChangedIds changed) {
        if (order == null || order.id() == null) {
            return;
        }
        Order held = byId.get(order.id());
        if (OrderVersions.supersedes(order, held)) {
            byId.put(order.id(), order);
            // Set once per order; a read first spares the locked write on every later version.
            if (order.clientOrderId() != null && !order.id().equals(idByClientOrderId.get(order.clientOrderId()))) {
                idByClientOrderId.put(order.clientOrderId(), order.id());
            }
            changed.add(order.id());
        }
        // Links are learned from any version, even a stale one: a link never changes once made.
        if (order.replaces() != null) {
            link(order.replaces(), order.id(), changed);
        }
        if (order.replacedBy() != null) {
            link(order.id(), order.replacedBy(), changed);
        }
        for (Order leg : order.legs()) {
            merge(leg, changed);
        }
    }

    private void link(String oldId, String newId, ChangedIds changed) {
        if (newId.equals(replacedBy.get(oldId)) && oldId.equals(replaces.get(newId))) {
            return; // known already: every later version of both orders repeats the link
        }
        String before = replacedBy.put(oldId, newId);
        replaces.put(newId, oldId);
        if (!newId.equals(before)) {
            changed.add(oldId);
            changed.add(newId);
        }
    }

    /** True when the account differs from the one held. */
    boolean setAccount(Account next) {
        if (next == null || next.equals(account)) {
            return false;
        }
        account = next;
        return true;
    }

    /** True when the positions differ from those held. */
    boolean setPositions(List<Position> next) {
        List<Position> copy = next == null ? List.of() : List.copyOf(next);
        if (copy.equals(positions)) {
            return false;
        }
        positions = copy;
        return true;
    }

    /** The latest versions of those of {@code ids} that are known (a link can name an order not yet seen). */
    List<Order> versionsOf(ChangedIds ids) {
        if (ids.size() == 1) { // nearly every event: no list to build and then copy into the batch
            Order order = byId.get(ids.iterator().next());
            return order == null ? List.of() : List.of(order);
        }
        List<Order> versions = new ArrayList<>(ids.size());
        for (String id : ids) {
            Order order = byId.get(id);
            if (order != null) {
                versions.add(order);
            }
        }
        return versions;
    }

    List<Order> orders() {
        return List.copyOf(byId.values());
    }

    Optional<Order> order(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    Optional<Order> byClientOrderId(String clientOrderId) {
        String id = idByClientOrderId.get(clientOrderId);
        return id == null ? Optional.empty() : order(id);
    }

    Optional<String> replacedBy(String id) {
        return Optional.ofNullable(replacedBy.get(id));
    }

    Optional<String> replaces(String id) {
        return Optional.ofNullable(replaces.get(id));
    }

    /** Ids of orders held in a non-final status: those may have changed unseen while disconnected. */
    Set<String> openOrderIds() {
        Set<String> open = new LinkedHashSet<>();
        byId.values().forEach(order -> {
            if (order.status() == null || !order.status().isFinal()) {
                open.add(order.id());
            }
        });
        return open;
    }

    Account account() {
        return account;
    }

    List<Position> positions() {
        return positions;
    }
}
