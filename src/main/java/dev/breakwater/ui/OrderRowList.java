package dev.breakwater.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.collections.ObservableListBase;

/**
 * The feed's rows, read-only to everyone else: rows are appended, never removed. A drain announces what it
 * did as one change: the rows it gave a new version ("updated", so filtered and sorted views re-test them)
 * and the rows it added. One change per drain, not one per row, because each change reaching a table
 * costs it a pass of its focus and selection models and its cells' listeners ({@code bench ui}).
 */
final class OrderRowList extends ObservableListBase<OrderRow> {

    private final List<OrderRow> rows = new ArrayList<>();

    /** Announces {@code updated} (positions of rows already here, any order) and appends {@code added}. */
    void apply(int[] updated, int updatedCount, List<OrderRow> added) {
        if (updatedCount == 0 && added.isEmpty()) {
            return;
        }
        beginChange();
        int from = rows.size();
        rows.addAll(added);
        if (!added.isEmpty()) {
            nextAdd(from, rows.size());
        }
        Arrays.sort(updated, 0, updatedCount);
        for (int i = 0; i < updatedCount; i++) {
            nextUpdate(updated[i]);
        }
        endChange();
    }

    @Override
    public OrderRow get(int index) {
        return rows.get(index);
    }

    @Override
    public int size() {
        return rows.size();
    }
}
