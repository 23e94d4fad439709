package dev.breakwater.ui.blotter;

import java.util.List;

/**
 * How one change of a list moved its indices: its removed and added runs ("parts"), in ascending order,
 * each part's {@code from} counted in the list as it is after the change (as a list change reports it).
 * Answers the index after the change of an index before it and back, so a view following the list need
 * not build a table as long as the list to translate the few indices a change touches.
 */
final class SourceShift {

    private final int oldSize;
    private final int[] from;
    private final int[] oldFrom;
    private final int[] removed;
    private final int[] added;
    /** The new index minus the old one of the rows after part i. */
    private final int[] offsetAfter;

    private SourceShift(int oldSize, int parts) {
        this.oldSize = oldSize;
        from = new int[parts];
        oldFrom = new int[parts];
        removed = new int[parts];
        added = new int[parts];
        offsetAfter = new int[parts];
    }

    /**
     * The shift of {@code parts} ({from, removed count, added count} each) taking a list of {@code oldSize}
     * to {@code newSize}; null when the parts are not in ascending order or do not add up (then a view
     * cannot follow the change part by part).
     */
    static SourceShift of(List<int[]> parts, int oldSize, int newSize) {
        SourceShift shift = new SourceShift(oldSize, parts.size());
        int offset = 0;
        int oldEnd = 0;
        for (int i = 0; i < parts.size(); i++) {
            int[] part = parts.get(i);
            int partOldFrom = part[0] - offset;
            if (partOldFrom < oldEnd || partOldFrom + part[1] > oldSize) {
                return null;
            }
            offset += part[2] - part[1];
            oldEnd = partOldFrom + part[1];
            shift.from[i] = part[0];
            shift.oldFrom[i] = partOldFrom;
            shift.removed[i] = part[1];
            shift.added[i] = part[2];
            shift.offsetAfter[i] = offset;
        }
        return oldSize + offset == newSize ? shift : null;
    }

    int parts() {
        return from.length;
    }

    /** Where part i's added rows start, in the list after the change. */
    int from(int part) {
        return from[part];
    }

    /** Where part i's removed rows were, in the list before the change. */
    int oldFrom(int part) {
        return oldFrom[part];
    }

    int removed(int part) {
        return removed[part];
    }

    int added(int part) {
        return added[part];
    }

    /** Whether every row kept its index: nothing removed, rows added only after the old end. */
    boolean keepsIndices() {
        for (int i = 0; i < from.length; i++) {
            if (removed[i] > 0 || oldFrom[i] < oldSize) {
                return false;
            }
        }
        return true;
    }

    /** The lowest index before the change whose index may differ after it. */
    int firstMoved() {
        return from.length == 0 ? oldSize : oldFrom[0];
    }

    /** Fills {@code oldToNew} from {@link #firstMoved()} to the old size: the new index, -1 if removed. */
    void fill(int[] oldToNew) {
        int old = firstMoved();
        int offset = 0;
        for (int i = 0; i < from.length; i++) {
            for (; old < oldFrom[i]; old++) {
                oldToNew[old] = old + offset;
            }
            for (int r = 0; r < removed[i]; r++) {
                oldToNew[old++] = -1;
            }
            offset = offsetAfter[i];
        }
        for (; old < oldSize; old++) {
            oldToNew[old] = old + offset;
        }
    }

    /** The index before the change of a row at {@code newIndex} after it; -1 for a row the change added. */
    int oldIndex(int newIndex) {
        int low = 0;
        int high = from.length;
        while (low < high) { // the first part starting after newIndex
            int middle = (low + high) >>> 1;
            if (from[middle] <= newIndex) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        int part = low - 1;
        if (part < 0) {
            return newIndex;
        }
        return newIndex < from[part] + added[part] ? -1 : newIndex - offsetAfter[part];
    }
}
