package dev.breakwater.ui.blotter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
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
    /** Marks by view position while a change is applied (0 otherwise): a row removed, a kept row updated. */
    private static final byte REMOVED = 1;
    private static final byte UPDATED = 2;

    /**
     * By view position: the element and its source index; {@code where} is the view position by source index.
     * The arrays keep spare room (a change adding rows does not copy the list into a new array each time).
     */
    private Object[] shown;
    private int[] view;
    private int[] where;
    private int size;
    // Kept between changes so a change allocates in proportion to itself, not to the list.
    private byte[] marks = new byte[0];
    private int[] oldToNew = new int[0];
    private int[] updated = new int[16];
    private int updatedCount;

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
        return view[Objects.checkIndex(index, size)];
    }

    @Override
    public int getViewIndex(int index) {
        return where[Objects.checkIndex(index, getSource().size())];
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
        updatedCount = 0;
        int[] permutation = null;
        while (change.next()) {
            if (change.wasPermutated()) {
                permutation = new int[size];
                for (int s = 0; s < size; s++) {
                    permutation[s] = s < change.getFrom() || s >= change.getTo() ? s : change.getPermutation(s);
                }
            } else if (change.wasUpdated()) {
                for (int s = change.getFrom(); s < change.getTo(); s++) {
                    noteUpdated(s);
                }
            } else {
                structural.add(new int[] {change.getFrom(), change.getRemovedSize(), change.getAddedSize()});
            }
        }
        if (permutation != null && structural.isEmpty() && updatedCount == 0) {
            for (int v = 0; v < size; v++) {
                view[v] = permutation[view[v]];
            }
            resortAll();
            return;
        }
        SourceShift shift = permutation == null ? SourceShift.of(structural, size, getSource().size()) : null;
        beginChange();
        if (shift == null) {
            rebuild();
        } else {
            apply(shift);
        }
        endChange();
    }

    private void noteUpdated(int source) {
        if (updatedCount == updated.length) {
            updated = Arrays.copyOf(updated, updatedCount * 2);
        }
        updated[updatedCount++] = source;
    }

    /**
     * Moves, removes, adds and reports updated in that order, each announced against the view as it is at
     * that step (the order a change's parts must come in): a permutation if an updated row's place changed
     * (the removed rows stay where they are for it), the removed rows (highest position first), the added
     * rows (lowest position first), then the updated rows where they ended. Work and allocation follow the
     * change, not the list, but for copying the arrays below the highest changed position (a few
     * {@code System.arraycopy} and one pass renumbering source indices when the source's indices shifted).
     */
    @SuppressWarnings("unchecked")
    private void apply(SourceShift shift) {
        int oldSize = size;
        if (marks.length < oldSize) {
            marks = new byte[grown(marks.length, oldSize)];
        }
        int lowestRemoved = oldSize;
        int removedCount = 0;
        for (int part = 0; part < shift.parts(); part++) {
            for (int old = shift.oldFrom(part); old < shift.oldFrom(part) + shift.removed(part); old++) {
                int v = where[old];
                marks[v] = REMOVED;
                lowestRemoved = Math.min(lowestRemoved, v);
                removedCount++;
            }
        }
        int newSize = getSource().size();
        Arrays.sort(updated, 0, updatedCount);
        int distinct = 0;
        for (int u = 0; u < updatedCount; u++) {
            if (updated[u] >= 0 && updated[u] < newSize && (distinct == 0 || updated[u] != updated[distinct - 1])) {
                updated[distinct++] = updated[u];
            }
        }
        updatedCount = distinct;
        int[] changed = new int[updatedCount];
        int changedCount = 0;
        for (int u = 0; u < updatedCount; u++) {
            int old = shift.oldIndex(updated[u]);
            if (old >= 0 && marks[where[old]] == 0) {
                marks[where[old]] = UPDATED;
                changed[changedCount++] = where[old];
            }
        }
        Arrays.sort(changed, 0, changedCount);
        int changedFrom = inOrder(changed, changedCount) ? oldSize : move(changed, changedCount);
        for (int c = 0; c < changedCount; c++) {
            marks[changed[c]] = 0;
        }
        if (removedCount > 0) {
            for (int v = oldSize - 1; v >= lowestRemoved; v--) {
                if (marks[v] == REMOVED) {
                    nextRemove(v, (E) shown[v]);
                }
            }
            compact(lowestRemoved, oldSize);
            changedFrom = Math.min(changedFrom, lowestRemoved);
        }
        boolean renumber = !shift.keepsIndices();
        if (renumber) {
            if (oldToNew.length < oldSize) {
                oldToNew = new int[grown(oldToNew.length, oldSize)];
            }
            shift.fill(oldToNew);
            int first = shift.firstMoved();
            for (int v = 0; v < size; v++) {
                if (view[v] >= first) {
                    view[v] = oldToNew[view[v]];
                }
            }
        }
        changedFrom = Math.min(changedFrom, insertAdded(shift));
        if (where.length < newSize) {
            where = Arrays.copyOf(where, grown(where.length, newSize));
        }
        for (int v = renumber ? 0 : changedFrom; v < size; v++) {
            where[view[v]] = v;
        }
        for (int u = 0; u < updatedCount; u++) {
            if (shift.oldIndex(updated[u]) >= 0) {
                nextUpdate(where[updated[u]]);
            }
        }
    }

    /** Room for {@code needed}, growing by half at least so that a list growing row by row copies rarely. */
    private static int grown(int capacity, int needed) {
        return Math.max(needed, capacity + (capacity >> 1) + 16);
    }

    /** Drops the rows marked removed from {@code from} on (clearing their marks) and the references past the end. */
    private void compact(int from, int oldSize) {
        int to = from;
        for (int v = from; v < oldSize; v++) {
            if (marks[v] == REMOVED) {
                marks[v] = 0;
            } else {
                shown[to] = shown[v];
                view[to] = view[v];
                to++;
            }
        }
        Arrays.fill(shown, to, oldSize, null);
        size = to;
    }

    /**
     * Whether the kept rows are still in order, checked only next to the updated rows ({@code changed},
     * view positions ascending): the others kept their keys and were in order before, so two comparisons per
     * updated row settle it. The usual case (a fill does not change the time a blotter sorts by) then costs no
     * move at all.
     */
    private boolean inOrder(int[] changed, int count) {
        for (int c = 0; c < count; c++) {
            int v = changed[c];
            int before = keptNeighbour(v, -1);
            if (before >= 0 && compare(shown[before], view[before], shown[v], view[v]) > 0) {
                return false;
            }
            int after = keptNeighbour(v, 1);
            if (after >= 0 && marks[after] != UPDATED && compare(shown[v], view[v], shown[after], view[after]) > 0) {
                return false;
            }
        }
        return true;
    }

    /** The nearest view position from {@code v} in {@code direction} whose row is not being removed, or -1. */
    private int keptNeighbour(int v, int direction) {
        for (int u = v + direction; u >= 0 && u < size; u += direction) {
            if (marks[u] != REMOVED) {
                return u;
            }
        }
        return -1;
    }

    /**
     * Puts the updated rows ({@code changed}, view positions ascending) in their sorted places among the kept
     * rows that were not updated ("clean", in order), removed rows staying where they are, and announces it
     * as one permutation. Only the stretches around a row that changes its clean neighbours are rearranged
     * (from the gap it leaves to the gap it enters), and the gaps holding several updated rows; an updated row
     * alone between the same clean rows stays. Returns the lowest position it touched.
     */
    private int move(int[] changed, int count) {
        Integer[] order = new Integer[count];
        for (int c = 0; c < count; c++) {
            order[c] = changed[c];
        }
        Arrays.sort(order, (a, b) -> compare(shown[a], view[a], shown[b], view[b]));
        // By rank: each updated row goes just before the clean row at its target (or at the end).
        int[] target = new int[count];
        int[] targetOfChanged = new int[count];
        int searchFrom = 0;
        for (int c = 0; c < count; c++) {
            target[c] = searchFrom = firstCleanAfter(shown[order[c]], view[order[c]], searchFrom, size);
            targetOfChanged[Arrays.binarySearch(changed, 0, count, order[c])] = target[c];
        }
        long[] stretches = new long[count];
        int stretchCount = 0;
        int gapStart = 0;
        int gapEnd = -1;
        int firstInGap = 0;
        for (int c = 0; c < count; c++) {
            int at = changed[c];
            if (at >= gapEnd) { // a new gap between clean rows
                gapStart = cleanBefore(at) + 1;
                gapEnd = cleanFrom(at + 1);
                firstInGap = c;
            }
            int to = targetOfChanged[c];
            if (to != gapEnd) {
                stretches[stretchCount++] = stretch(Math.min(gapStart, cleanBefore(to) + 1), Math.max(gapEnd, to));
            } else if (c > firstInGap) { // several updated rows share the gap: their order among themselves
                stretches[stretchCount++] = stretch(gapStart, gapEnd);
            }
        }
        if (stretchCount == 0) {
            return size;
        }
        Arrays.sort(stretches, 0, stretchCount);
        int low = (int) (stretches[0] >>> 32);
        int high = 0;
        for (int t = 0; t < stretchCount; t++) {
            high = Math.max(high, (int) stretches[t]);
        }
        int[] permutation = new int[high - low];
        for (int v = low; v < high; v++) {
            permutation[v - low] = v;
        }
        int rank = 0;
        for (int t = 0; t < stretchCount; ) {
            int from = (int) (stretches[t] >>> 32);
            int to = (int) stretches[t];
            for (t++; t < stretchCount && (int) (stretches[t] >>> 32) <= to; t++) {
                to = Math.max(to, (int) stretches[t]);
            }
            while (rank < count && target[rank] < from) {
                rank++;
            }
            rank = rearrange(from, to, order, target, rank, permutation, low);
        }
        announce(permutation, low);
        return low;
    }

    /** A stretch [from, to) of view positions, as a long that sorts by its start. */
    private static long stretch(int from, int to) {
        return (long) from << 32 | to;
    }

    /**
     * Lays the kept rows of [from, to) out in their new order: the clean ones in theirs, each updated row of the
     * stretch (by rank from {@code rank} on) before the clean row at its target; records where each went in
     * {@code permutation} (which starts at {@code low}). Returns the first rank after the stretch.
     */
    private int rearrange(int from, int to, Integer[] order, int[] target, int rank, int[] permutation, int low) {
        Object[] rows = Arrays.copyOfRange(shown, from, to);
        int[] sources = Arrays.copyOfRange(view, from, to);
        int slot = from;
        for (int v = from; v <= to; v++) {
            for (; rank < order.length && target[rank] == v; rank++) {
                int at = order[rank];
                if (at >= from && at < to) {
                    slot = place(at, slot, rows, sources, from, permutation, low);
                }
            }
            if (v < to && marks[v] == 0) {
                slot = place(v, slot, rows, sources, from, permutation, low);
            }
        }
        while (slot < to && marks[slot] == REMOVED) {
            slot++;
        }
        if (slot != to) {
            throw new IllegalStateException("rows " + from + "-" + to + " rearranged into " + (slot - from) + " places");
        }
        return rank;
    }

    /** Puts the row that was at {@code at} into the next slot from {@code slot} not held by a removed row. */
    private int place(int at, int slot, Object[] rows, int[] sources, int from, int[] permutation, int low) {
        while (marks[slot] == REMOVED) {
            slot++;
        }
        shown[slot] = rows[at - from];
        view[slot] = sources[at - from];
        permutation[at - low] = slot;
        return slot + 1;
    }

    /** The last clean view position before {@code v}, or -1. */
    private int cleanBefore(int v) {
        int u = v - 1;
        while (u >= 0 && marks[u] != 0) {
            u--;
        }
        return u;
    }

    /** The first clean view position from {@code v} on, or the size. */
    private int cleanFrom(int v) {
        int u = v;
        while (u < size && marks[u] != 0) {
            u++;
        }
        return u;
    }

    /** Announces the part of a permutation of the range from {@code low} that moves anything. */
    private void announce(int[] permutation, int low) {
        int first = 0;
        int last = permutation.length - 1;
        while (first <= last && permutation[first] == low + first) {
            first++;
        }
        while (last > first && permutation[last] == low + last) {
            last--;
        }
        if (first <= last) {
            nextPermutation(low + first, low + last + 1, Arrays.copyOfRange(permutation, first, last + 1));
        }
    }

    /**
     * The first view position in [low, high) such that the clean rows before it sort before {@code row} and
     * the clean ones from it on after it (rows being removed or updated are skipped over): a binary search.
     */
    private int firstCleanAfter(Object row, int source, int low, int high) {
        while (low < high) {
            int middle = (low + high) >>> 1;
            int probe = middle;
            while (probe >= low && marks[probe] != 0) {
                probe--;
            }
            if (probe >= low && compare(row, source, shown[probe], view[probe]) < 0) {
                high = probe;
            } else {
                low = middle + 1; // rows up to probe sort before row; those after it up to middle are not clean
            }
        }
        return low;
    }

    /**
     * Merges the added rows (read from the source, which is already in its new state) into {@code shown} and
     * {@code view} in place, announcing each run of them; returns the lowest position one went to (the size
     * before, if none).
     */
    private int insertAdded(SourceShift shift) {
        int count = 0;
        for (int part = 0; part < shift.parts(); part++) {
            count += shift.added(part);
        }
        if (count == 0) {
            return size;
        }
        Integer[] added = new Integer[count];
        int a = 0;
        for (int part = 0; part < shift.parts(); part++) {
            for (int s = shift.from(part); s < shift.from(part) + shift.added(part); s++) {
                added[a++] = s;
            }
        }
        List<? extends E> source = getSource();
        Arrays.sort(added, (x, y) -> compare(source.get(x), x, source.get(y), y));
        Object[] rows = new Object[count];
        int[] at = new int[count];
        int from = 0;
        for (a = 0; a < count; a++) {
            rows[a] = source.get(added[a]);
            at[a] = from = firstAfter(rows[a], added[a], from, size);
        }
        if (shown.length < size + count) {
            int capacity = grown(shown.length, size + count);
            shown = Arrays.copyOf(shown, capacity);
            view = Arrays.copyOf(view, capacity);
        }
        int end = size;
        for (a = count - 1; a >= 0; a--) {
            System.arraycopy(shown, at[a], shown, at[a] + a + 1, end - at[a]);
            System.arraycopy(view, at[a], view, at[a] + a + 1, end - at[a]);
            shown[at[a] + a] = rows[a];
            view[at[a] + a] = added[a];
            end = at[a];
        }
        size += count;
        int runStart = at[0];
        for (a = 1; a <= count; a++) {
            if (a == count || at[a] != at[a - 1]) {
                nextAdd(runStart, at[a - 1] + a);
                runStart = a < count ? at[a] + a : 0;
            }
        }
        return at[0];
    }

    /**
     * The first row of the view from {@code from} on that {@code row} sorts before, or {@code to}: probed at
     * from, from + 1, from + 3, ... then halved, so rows added together at the top cost one comparison each
     * and one added deep in a long list a few dozen, not one per row above it.
     */
    private int firstAfter(Object row, int source, int from, int to) {
        int low = from;
        int high = to;
        for (int step = 1; ; step <<= 1) {
            int probe = from + step - 1;
            if (probe >= to) {
                break;
            }
            if (compare(row, source, shown[probe], view[probe]) < 0) {
                high = probe;
                break;
            }
            low = probe + 1;
        }
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (compare(row, source, shown[middle], view[middle]) < 0) {
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
