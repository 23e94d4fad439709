package dev.breakwater.live;

import dev.breakwater.domain.Account;
import dev.breakwater.domain.Order;
import dev.breakwater.domain.Position;
import java.util.List;

/**
 * What one applied event (or one small group: a recovery, a refresh) changed in the live account. Only
 * the changed orders travel, never the whole book; account and positions travel only when they changed.
 *
 * @param orders    the latest version of every order that changed (including orders whose replace link
 *                  was just learned), in no particular order
 * @param account   the new account summary, or null when unchanged
 * @param positions the complete new position list (it is small and replaced as a whole by the broker),
 *                  or null when unchanged
 */
public record ChangeBatch(List<Order> orders, Account account, List<Position> positions) {

    public ChangeBatch {
        orders = orders == null ? List.of() : List.copyOf(orders);
        positions = positions == null ? null : List.copyOf(positions);
    }

    public boolean accountChanged() {
        return account != null;
    }

    public boolean positionsChanged() {
        return positions != null;
    }

    public boolean isEmpty() {
        return orders.isEmpty() && account == null && positions == null;
    }

    static ChangeBatch ofOrders(List<Order> orders) {
        return new ChangeBatch(orders, null, null);
    }

    static ChangeBatch ofAccount(Account account, List<Position> positions) {
        return new ChangeBatch(List.of(), account, positions);
    }
}
