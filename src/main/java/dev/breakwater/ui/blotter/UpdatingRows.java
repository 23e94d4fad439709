package dev.breakwater.ui.blotter;

import dev.breakwater.ui.OrderRow;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.TransformationList;

/**
 * The feed's rows as they are, plus an "updated" notification whenever a row shows a new order version.
 *
 * <p>The feed's list only reports rows added; a row whose status changes in place stays where it is. A
 * {@code FilteredList} or {@code SortedList} re-tests an element only when its source reports it updated,
 * so this view adds those reports: no copy of the rows, no rebuild, the same row objects in the same order.
 * It listens to {@link OrderRow#orderProperty()}, which a row changes after all its other properties.
 */
final class UpdatingRows extends TransformationList<OrderRow, OrderRow> {

    private final ChangeListener<Object> onVersion = this::versionChanged;
    // Where each row sits, rebuilt lazily after anything but an append (the feed only appends).
    private Map<OrderRow, Integer> indexByRow = new IdentityHashMap<>();
    private boolean indexValid;

    UpdatingRows(ObservableList<OrderRow> source) {
        super(source);
        source.forEach(this::watch);
    }

    private void watch(OrderRow row) {
        row.orderProperty().addListener(onVersion);
    }

    private void unwatch(OrderRow row) {
        row.orderProperty().removeListener(onVersion);
    }

    private void versionChanged(ObservableValue<?> version, Object before, Object after) {
        OrderRow row = (OrderRow) ((ReadOnlyProperty<?>) version).getBean();
        int index = indexOf(row);
        if (index >= 0) {
            beginChange();
            nextUpdate(index);
            endChange();
        }
    }

    @Override
    public int indexOf(Object row) {
        if (!indexValid) {
            indexByRow = new IdentityHashMap<>();
            for (int i = 0; i < size(); i++) {
                indexByRow.put(get(i), i);
            }
            indexValid = true;
        }
        Integer index = indexByRow.get(row);
        return index == null ? -1 : index;
    }

    @Override
    protected void sourceChanged(ListChangeListener.Change<? extends OrderRow> change) {
        beginChange();
        while (change.next()) {
            if (change.wasPermutated()) {
                int[] permutation = new int[change.getTo() - change.getFrom()];
                for (int i = change.getFrom(); i < change.getTo(); i++) {
                    permutation[i - change.getFrom()] = change.getPermutation(i);
                }
                nextPermutation(change.getFrom(), change.getTo(), permutation);
                indexValid = false;
            } else if (change.wasUpdated()) {
                for (int i = change.getFrom(); i < change.getTo(); i++) {
                    nextUpdate(i);
                }
            } else {
                List<OrderRow> removed = new ArrayList<>(change.getRemoved());
                removed.forEach(this::unwatch);
                change.getAddedSubList().forEach(this::watch);
                if (change.wasRemoved()) {
                    nextRemove(change.getFrom(), removed);
                }
                if (change.wasAdded()) {
                    nextAdd(change.getFrom(), change.getTo());
                }
                noteStructuralChange(change, removed.size());
            }
        }
        endChange();
    }

    private void noteStructuralChange(ListChangeListener.Change<? extends OrderRow> change, int removedCount) {
        boolean append = removedCount == 0 && change.getTo() == getSource().size();
        if (append && indexValid) {
            for (int i = change.getFrom(); i < change.getTo(); i++) {
                indexByRow.put(getSource().get(i), i);
            }
        } else {
            indexValid = false;
        }
    }

    @Override
    public OrderRow get(int index) {
        return getSource().get(index);
    }

    @Override
    public int size() {
        return getSource().size();
    }

    @Override
    public int getSourceIndex(int index) {
        return index;
    }

    @Override
    public int getViewIndex(int index) {
        return index;
    }
}
