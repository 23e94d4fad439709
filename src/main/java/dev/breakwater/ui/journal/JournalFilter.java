package dev.breakwater.ui.journal;

import dev.breakwater.journal.Intent;
import dev.breakwater.journal.IntentState;
import java.util.ArrayList;
import java.util.List;

/**
 * Which intents the journal table shows: all, the unresolved ones (PENDING, SENDING, UNKNOWN), or one
 * state.
 *
 * @param state      the one state shown, or null
 * @param unresolved true for "Unresolved"
 */
public record JournalFilter(IntentState state, boolean unresolved) {

    public static final JournalFilter ALL = new JournalFilter(null, false);
    public static final JournalFilter UNRESOLVED = new JournalFilter(null, true);

    public static JournalFilter of(IntentState state) {
        return new JournalFilter(state, false);
    }

    /** All, Unresolved, then each state. */
    public static List<JournalFilter> choices() {
        List<JournalFilter> choices = new ArrayList<>(List.of(ALL, UNRESOLVED));
        for (IntentState state : IntentState.values()) {
            choices.add(of(state));
        }
        return List.copyOf(choices);
    }

    public boolean test(Intent intent) {
        if (state != null) {
            return intent.state() == state;
        }
        return !unresolved || !intent.state().isResolved();
    }

    /** The label in the filter box. */
    @Override
    public String toString() {
        return state != null ? state.name() : unresolved ? "Unresolved" : "All";
    }
}
