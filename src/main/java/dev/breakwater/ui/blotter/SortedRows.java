package dev.breakwater.ui.blotter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.TransformationList;

/**
 * A sorted view of a list that moves only the elements that changed, a whole source change at a time.
 * JavaFX's {@code SortedList} answers every "updated" report by sorting the whole list again and announcing
 * a permutation of all of it ({@code bench ui}: pulse gaps of seconds at 2,000 events/s). Here one source
 * change (a drain of the feed: many rows updated, added or removed at once) becomes one change: the removed
 * rows removed, the updated rows that still sit between their neighbours reported updated where they are,
 * the ones whose sort key changed moved by a permutation (so a table keeps its selection, as with {@code
 * SortedList}), the added rows merged in.
 *
 * <p>Rows change in place, so while a change is applied the view is not sorted by the rows' current keys
 * where updated rows sit; they are taken out and merged back in, against rows whose keys did not change.
 * Comparisons during a change read the rows this view holds and the added rows, never the source by an
 * index from before the change. Elements that compare equal keep their source order, and with no comparator
 * the view is the source order. The table must not sort by itself: give it a sort policy that accepts (its
 * comparator is bound here). FX thread only, like its source.
 */
final class SortedRows<E> extends TransformationList<E, E> {

    private final ObjectProperty<Comparator<? super E>> comparator = new SimpleObjectProperty<>(this, "comparator") {
        @Override
        protected void invalidated() {
            resortAll();
        }
    };
    /** By view position: the element and its source index; {@code where} is the view position by source index. */
    private Object[] shown;
    private int[] view;
    private int[] where;
    private int size;

    SortedRows(ObservableList<? extends E> source) {
        super(source);
        size = source.size();
        shown = source.toArray();
        view = new int[size];
        where = new int[size];
        for (int i = 0; i < size; i++) {
            view[i] = i;
            where[i] = i;
        }
    }

    ObjectProperty<Comparator<? super E>> comparatorProperty() {
        return comparator;
    }

    @Override
    @SuppressWarnings("unchecked")
    public E get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        return (E) shown[index];
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

    /** The view's order: the comparator, then the source index. */
    @SuppressWarnings("unchecked")
    private int compare(Object a, int sourceA, Object b, int sourceB) {
        Comparator<? super E> order = comparator.get();
        if (order != null) {
            int result = order.compare((E) a, (E) b);
            if (result != 0) {
                return result;
            }
        }
        return Integer.compare(sourceA, sourceB);
    }

    @Override
    protected void sourceChanged(ListChangeListener.Change<? extends E> change) {
        List<int[]> structural = new ArrayList<>();
        List<Integer> updated = new ArrayList<>();
        int[] permutation = null;
        while (change.next()) {
            if (change.wasPermutated()) {
                permutation = new int[size];
                for (int s = 0; s < size; s++) {
                    permutation[s] = s < change.getFrom() || s >= change.getTo() ? s : change.getPermutation(s);
                }
            } else if (change.wasUpdated()) {
                for (int s = change.getFrom(); s < change.getTo(); s++) {
                    updated.add(s);
                }
            } else {
                structural.add(new int[] {change.getFrom(), change.getRemovedSize(), change.getAddedSize()});
            }
        }
        if (permutation != null && structural.isEmpty() && updated.isEmpty()) {
            for (int v = 0; v < size; v++) {
                view[v] = permutation[view[v]];
            }
            resortAll();
            return;
        }
        int[] oldToNew = permutation == null ? mapIndices(structural) : null;
        beginChange();
        if (oldToNew == null) {
            rebuild();
        } else {
            apply(oldToNew, structural, updated);
        }
        endChange();
    }

    /**
     * The source index after the change of each source index before it, -1 for a removed one; null when the
     * parts are not in ascending order (then the view is rebuilt).
     */
    private int[] mapIndices(List<int[]> structural) {
        int[] oldToNew = new int[size];
        int old = 0;
        int offset = 0;
        for (int[] part : structural) {
            int oldFrom = part[0] - offset;
            if (oldFrom < old || oldFrom + part[1] > size) {
                return null;
            }
            for (; old < oldFrom; old++) {
                oldToNew[old] = old + offset;
            }
            for (int r = 0; r < part[1]; r++) {
                oldToNew[old++] = -1;
            }
            offset += part[2] - part[1];
        }
        for (; old < size; old++) {
            oldToNew[old] = old + offset;
        }
        return size + offset == getSource().size() ? oldToNew : null;
    }

    /**
     * Moves, removes, adds and reports updated in that order, each announced against the view as it is at
     * that step (the order a change's parts must come in): a permutation if an updated row's place changed
     * (the removed rows stay where they are for it), the removed rows (highest position first), the added
     * rows (lowest position first), then the updated rows where they ended.
     */
    @SuppressWarnings("unchecked")
    private void apply(int[] oldToNew, List<int[]> structural, List<Integer> updated) {
        int newSize = getSource().size();
        boolean[] dirty = new boolean[newSize];
        for (int s : updated) {
            if (s >= 0 && s < newSize) {
                dirty[s] = true;
            }
        }
        // The rows that stay, in view order; the ones whose key did not change ("clean") are sorted among themselves.
        int[] keptAt = new int[size];
        Object[] keptRows = new Object[size];
        int[] keptSources = new int[size];
        int[] clean = new int[size];
        int[] moved = new int[Math.min(size, updated.size())];
        int kept = 0;
        int cleanCount = 0;
        int movedCount = 0;
        for (int v = 0; v < size; v++) {
            int source = oldToNew[view[v]];
            if (source >= 0) {
                keptAt[kept] = v;
                keptSources[kept] = source;
                keptRows[kept] = shown[v];
                if (dirty[source]) {
                    moved[movedCount++] = kept;
                } else {
                    clean[cleanCount++] = kept;
                }
                kept++;
            }
        }
        Object[] sortedRows = keptRows;
        int[] sortedSources = keptSources;
        if (!inOrder(moved, movedCount, keptRows, keptSources, kept)) {
            int[] place = merge(clean, cleanCount, moved, movedCount, keptRows, keptSources);
            announceMoves(place, keptAt, kept);
            sortedRows = new Object[kept];
            sortedSources = new int[kept];
            for (int k = 0; k < kept; k++) {
                sortedRows[place[k]] = keptRows[k];
                sortedSources[place[k]] = keptSources[k];
            }
        }
        for (int v = size - 1; v >= 0; v--) {
            if (oldToNew[view[v]] < 0) {
                nextRemove(v, (E) shown[v]);
            }
        }
        shown = new Object[newSize];
        view = new int[newSize];
        size = insertAdded(sortedRows, sortedSources, kept, structural);
        where = new int[newSize];
        for (int v = 0; v < size; v++) {
            where[view[v]] = v;
        }
        for (int m = 0; m < movedCount; m++) {
            nextUpdate(where[keptSources[moved[m]]]);
        }
    }

    /**
     * Whether the kept rows are still in order, checked only next to the rows whose key may have changed
     * ({@code moved}, ascending): the others kept their keys and were in order before, so two comparisons per
     * updated row settle it. The usual case (a fill does not change the time a blotter sorts by) then costs no
     * sort and no merge through all the rows above the lowest updated one.
     */
    private boolean inOrder(int[] moved, int movedCount, Object[] rows, int[] sources, int kept) {
        for (int m = 0; m < movedCount; m++) {
            int k = moved[m];
            if (k > 0 && compare(rows[k - 1], sources[k - 1], rows[k], sources[k]) > 0) {
                return false;
            }
            boolean nextChecked = m + 1 < movedCount && moved[m + 1] == k + 1;
            if (!nextChecked && k + 1 < kept && compare(rows[k], sources[k], rows[k + 1], sources[k + 1]) > 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The sorted place among all kept rows of each kept row: the rows whose key may have changed ({@code
     * moved}), sorted among themselves, merged with the rows whose key did not ({@code clean}, in order).
     */
    private int[] merge(int[] clean, int cleanCount, int[] moved, int movedCount, Object[] rows, int[] sources) {
        Integer[] sortedMoved = new Integer[movedCount];
        for (int i = 0; i < movedCount; i++) {
            sortedMoved[i] = moved[i];
        }
        Arrays.sort(sortedMoved, (a, b) -> compare(rows[a], sources[a], rows[b], sources[b]));
        int[] place = new int[cleanCount + movedCount];
        int c = 0;
        int m = 0;
        for (int at = 0; at < place.length; at++) {
            boolean takeMoved = m < movedCount && (c == cleanCount
                    || compare(rows[sortedMoved[m]], sources[sortedMoved[m]], rows[clean[c]], sources[clean[c]]) < 0);
            place[takeMoved ? sortedMoved[m++] : clean[c++]] = at;
        }
        return place;
    }

    /**
     * Announces the kept rows taking their sorted order ({@code place}) in the view before anything is
     * removed: the k-th kept row, at view position {@code keptAt[k]}, goes to the position of the kept row
     * ranked {@code place[k]}; removed rows keep their positions. Nothing is announced when no row moved.
     */
    private void announceMoves(int[] place, int[] keptAt, int kept) {
        int low = 0;
        while (low < kept && place[low] == low) {
            low++;
        }
        if (low == kept) {
            return;
        }
        int high = kept - 1;
        while (place[high] == high) {
            high--;
        }
        int from = keptAt[low];
        int to = keptAt[high] + 1;
        int[] permutation = new int[to - from];
        for (int v = from; v < to; v++) {
            permutation[v - from] = v; // removed rows between stay
        }
        for (int k = low; k <= high; k++) {
            permutation[keptAt[k] - from] = keptAt[place[k]];
        }
        nextPermutation(from, to, permutation);
    }

    /**
     * Fills {@code shown}/{@code view} with the kept rows (sorted) and the added rows (read from the source,
     * which is already in its new state) merged in, announcing each run of added rows; returns the size.
     */
    private int insertAdded(Object[] keptRows, int[] keptSources, int kept, List<int[]> structural) {
        int addedCount = 0;
        for (int[] part : structural) {
            addedCount += part[2];
        }
        Integer[] added = new Integer[addedCount];
        int a = 0;
        for (int[] part : structural) {
            for (int s = part[0]; s < part[0] + part[2]; s++) {
                added[a++] = s;
            }
        }
        List<? extends E> source = getSource();
        Arrays.sort(added, (x, y) -> compare(source.get(x), x, source.get(y), y));
        int k = 0;
        int at = 0;
        int runStart = -1;
        for (a = 0; a < addedCount; a++) {
            Object row = source.get(added[a]);
            int before = firstAfter(row, added[a], keptRows, keptSources, k, kept);
            if (before > k) {
                if (runStart >= 0) {
                    nextAdd(runStart, at);
                    runStart = -1;
                }
                System.arraycopy(keptRows, k, shown, at, before - k);
                System.arraycopy(keptSources, k, view, at, before - k);
                at += before - k;
                k = before;
            }
            shown[at] = row;
            view[at] = added[a];
            runStart = runStart < 0 ? at : runStart;
            at++;
        }
        if (runStart >= 0) {
            nextAdd(runStart, at);
        }
        System.arraycopy(keptRows, k, shown, at, kept - k);
        System.arraycopy(keptSources, k, view, at, kept - k);
        return kept + addedCount;
    }

    /**
     * The first kept row from {@code from} on that {@code row} sorts before, or the count: probed at from,
     * from + 1, from + 3, ... then halved, so rows added together at the top cost one comparison each and one
     * added deep in a long list a few dozen, not one per row above it.
     */
    private int firstAfter(Object row, int source, Object[] keptRows, int[] keptSources, int from, int kept) {
        int low = from;
        int high = kept;
        for (int step = 1; ; step <<= 1) {
            int probe = from + step - 1;
            if (probe >= kept) {
                break;
            }
            if (compare(row, source, keptRows[probe], keptSources[probe]) < 0) {
                high = probe;
                break;
            }
            low = probe + 1;
        }
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (compare(row, source, keptRows[middle], keptSources[middle]) < 0) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
    }

    /** A change this view cannot follow part by part: everything removed and the source added sorted. */
    @SuppressWarnings("unchecked")
    private void rebuild() {
        List<E> before = new ArrayList<>(size);
        for (int v = 0; v < size; v++) {
            before.add((E) shown[v]);
        }
        int newSize = getSource().size();
        view = new int[newSize];
        where = new int[newSize];
        shown = getSource().toArray();
        for (int s = 0; s < newSize; s++) {
            view[s] = s;
        }
        size = newSize;
        sortView();
        if (!before.isEmpty()) {
            nextRemove(0, before);
        }
        if (size > 0) {
            nextAdd(0, size);
        }
    }

    private void resortAll() {
        if (size == 0) {
            return;
        }
        int[] before = Arrays.copyOf(view, size);
        sortView();
        int[] permutation = new int[size];
        for (int v = 0; v < size; v++) {
            permutation[v] = where[before[v]];
        }
        beginChange();
        nextPermutation(0, size, permutation);
        endChange();
    }

    /** Sorts {@code view} (source indices) by the view's order and sets {@code shown} and {@code where} from it. */
    private void sortView() {
        List<? extends E> source = getSource();
        Integer[] sorted = new Integer[size];
        for (int v = 0; v < size; v++) {
            sorted[v] = view[v];
        }
        Arrays.sort(sorted, (a, b) -> compare(source.get(a), a, source.get(b), b));
        shown = new Object[size];
        for (int v = 0; v < size; v++) {
            view[v] = sorted[v];
            shown[v] = source.get(sorted[v]);
            where[sorted[v]] = v;
        }
    }
}
