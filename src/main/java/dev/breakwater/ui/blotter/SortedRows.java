package dev.breakwater.ui.blotter;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.TransformationList;

/**
 * A sorted view of a list that moves only the element that changed. JavaFX's {@code SortedList} answers
 * every "updated" report by sorting the whole list again and announcing a permutation of all of it, so
 * each new version of one order cost the blotter a sort of every row in three tables plus a full
 * permutation for each table's selection and cells ({@code bench ui}: pulse gaps of seconds at 2,000
 * events/s). Here an updated element that still sits between its neighbours is reported as updated where
 * it is; one whose sort key changed is moved, reported as a permutation of just the rows between its old
 * and new place (so the table keeps its selection, as with {@code SortedList}). Added and removed elements
 * are placed by binary search.
 *
 * <p>Elements that compare equal keep their source order, and with no comparator the view is the source
 * order. The table must not sort by itself: give it a sort policy that accepts (its comparator is bound
 * here). FX thread only, like its source.
 */
final class SortedRows<E> extends TransformationList<E, E> {

    private final ObjectProperty<Comparator<? super E>> comparator = new SimpleObjectProperty<>(this, "comparator") {
        @Override
        protected void invalidated() {
            resortAll();
        }
    };
    /** Source index of each view position, and view position of each source index. */
    private int[] view;
    private int[] where;
    private int size;

    SortedRows(ObservableList<? extends E> source) {
        super(source);
        size = source.size();
        view = new int[Math.max(16, size)];
        where = new int[view.length];
        for (int i = 0; i < size; i++) {
            view[i] = i;
            where[i] = i;
        }
    }

    ObjectProperty<Comparator<? super E>> comparatorProperty() {
        return comparator;
    }

    @Override
    public E get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        return getSource().get(view[index]);
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public int getSourceIndex(int index) {
        return view[index];
    }

    @Override
    public int getViewIndex(int index) {
        return where[index];
    }

    private int compare(int sourceA, int sourceB) {
        Comparator<? super E> order = comparator.get();
        if (order != null) {
            int result = order.compare(getSource().get(sourceA), getSource().get(sourceB));
            if (result != 0) {
                return result;
            }
        }
        return Integer.compare(sourceA, sourceB);
    }

    @Override
    protected void sourceChanged(ListChangeListener.Change<? extends E> change) {
        beginChange();
        while (change.next()) {
            if (change.wasPermutated()) {
                for (int v = 0; v < size; v++) {
                    view[v] = change.getPermutation(view[v]);
                }
                resortAll();
            } else if (change.wasUpdated()) {
                for (int s = change.getFrom(); s < change.getTo(); s++) {
                    updated(s);
                }
            } else {
                removed(change.getFrom(), change.getRemoved());
                added(change.getFrom(), change.getTo());
            }
        }
        endChange();
    }

    private void updated(int source) {
        int at = where[source];
        int to = at;
        if (at > 0 && compare(view[at - 1], source) > 0) {
            to = insertionPoint(source, 0, at);
        } else if (at + 1 < size && compare(source, view[at + 1]) > 0) {
            to = insertionPoint(source, at + 1, size) - 1; // counted before it leaves its place
        }
        if (to != at) {
            move(at, to);
        }
        nextUpdate(to);
    }

    /** Where {@code source} belongs among view positions [from, to), which must not hold it. */
    private int insertionPoint(int source, int from, int to) {
        int low = from;
        int high = to;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (compare(view[middle], source) < 0) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** Moves the element at view position {@code from} to {@code to}, announcing the shift between. */
    private void move(int from, int to) {
        int moved = view[from];
        int low = Math.min(from, to);
        int high = Math.max(from, to);
        int[] permutation = new int[high - low + 1];
        if (from < to) {
            System.arraycopy(view, from + 1, view, from, to - from);
            for (int v = low + 1; v <= high; v++) {
                permutation[v - low] = v - 1;
            }
        } else {
            System.arraycopy(view, to, view, to + 1, from - to);
            for (int v = low; v < high; v++) {
                permutation[v - low] = v + 1;
            }
        }
        view[to] = moved;
        permutation[from - low] = to;
        reindex(low, high + 1);
        nextPermutation(low, high + 1, permutation);
    }

    private void removed(int from, List<? extends E> removed) {
        int count = removed.size();
        if (count == 0) {
            return;
        }
        int[] positions = new int[count];
        for (int i = 0; i < count; i++) {
            positions[i] = where[from + i];
        }
        int[] order = positions.clone();
        Arrays.sort(order);
        // Highest first, so each reported position is still right when it is reported.
        for (int i = count - 1; i >= 0; i--) {
            int at = order[i];
            System.arraycopy(view, at + 1, view, at, size - at - 1);
            size--;
            nextRemove(at, removed.get(indexOf(positions, at)));
        }
        for (int v = 0; v < size; v++) {
            if (view[v] >= from + count) {
                view[v] -= count;
            }
        }
        reindex(0, size);
    }

    private static int indexOf(int[] values, int value) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == value) {
                return i;
            }
        }
        throw new IllegalStateException("position " + value + " was not removed");
    }

    private void added(int from, int to) {
        int count = to - from;
        if (count == 0) {
            return;
        }
        boolean append = from == size;
        if (!append) {
            for (int v = 0; v < size; v++) {
                if (view[v] >= from) {
                    view[v] += count;
                }
            }
        }
        ensureCapacity(size + count);
        int lowest = size;
        for (int source = from; source < to; source++) {
            int at = insertionPoint(source, 0, size);
            System.arraycopy(view, at, view, at + 1, size - at);
            view[at] = source;
            size++;
            lowest = Math.min(lowest, at);
            nextAdd(at, at + 1);
        }
        reindex(append ? lowest : 0, size);
    }

    private void resortAll() {
        if (size == 0) {
            return;
        }
        Integer[] sorted = new Integer[size];
        for (int v = 0; v < size; v++) {
            sorted[v] = view[v];
        }
        Arrays.sort(sorted, this::compare);
        int[] permutation = new int[size];
        int[] newWhere = new int[size];
        for (int v = 0; v < size; v++) {
            newWhere[sorted[v]] = v;
        }
        for (int v = 0; v < size; v++) {
            permutation[v] = newWhere[view[v]];
            view[v] = sorted[v];
        }
        reindex(0, size);
        beginChange();
        nextPermutation(0, size, permutation);
        endChange();
    }

    private void reindex(int from, int to) {
        for (int v = from; v < to; v++) {
            where[view[v]] = v;
        }
    }

    private void ensureCapacity(int wanted) {
        if (view.length < wanted) {
            int capacity = Math.max(wanted, view.length + (view.length >> 1));
            view = Arrays.copyOf(view, capacity);
            where = Arrays.copyOf(where, capacity);
        }
    }
}
