package dev.breakwater.live;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * The ids a merge changed, each once, in the order they changed. An event changes one id, or three with a
 * replace link; a gap recovery can change thousands. A list alone serves the first without the hash set a
 * {@code LinkedHashSet} builds per event (7 % of {@code bench stream}'s allocation); the set is made
 * only past a few ids, so a large recovery stays linear.
 */
final class ChangedIds implements Iterable<String> {

    private static final int SCAN_LIMIT = 8;

    private final List<String> inOrder = new ArrayList<>(4);
    private Set<String> index;

    void add(String id) {
        if (index != null) {
            if (index.add(id)) {
                inOrder.add(id);
            }
            return;
        }
        if (inOrder.contains(id)) {
            return;
        }
        inOrder.add(id);
        if (inOrder.size() > SCAN_LIMIT) {
            index = new HashSet<>(inOrder);
        }
    }

    boolean isEmpty() {
        return inOrder.isEmpty();
    }

    int size() {
        return inOrder.size();
    }

    @Override
    public Iterator<String> iterator() {
        return inOrder.iterator();
    }
}
