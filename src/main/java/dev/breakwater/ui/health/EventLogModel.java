package dev.breakwater.ui.health;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The last {@value #CAPACITY} log lines, newest first; one list change per batch. UI thread only. */
final class EventLogModel {

    static final int CAPACITY = 500;

    private final ObservableList<EventLogEntry> entries = FXCollections.observableArrayList();
    private final ObservableList<EventLogEntry> view = FXCollections.unmodifiableObservableList(entries);

    /** Adds {@code oldestFirst} so the last of them ends on top, then drops what falls off the end. */
    void add(List<EventLogEntry> oldestFirst) {
        if (oldestFirst.isEmpty()) {
            return;
        }
        List<EventLogEntry> newestFirst = new ArrayList<>(
                oldestFirst.subList(Math.max(0, oldestFirst.size() - CAPACITY), oldestFirst.size()));
        Collections.reverse(newestFirst);
        entries.addAll(0, newestFirst);
        if (entries.size() > CAPACITY) {
            entries.remove(CAPACITY, entries.size());
        }
    }

    ObservableList<EventLogEntry> entries() {
        return view;
    }
}
