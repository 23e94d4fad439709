package dev.breakwater.ui.journal;

import dev.breakwater.journal.Intent;
import dev.breakwater.journal.JournalEvent;
import dev.breakwater.orders.ReconcileReport;
import java.time.Instant;
import java.util.List;

/** What the journal screen reads and does. Every method is blocking: call through BackgroundWork. */
public interface JournalBrowser {

    /** The newest intents first, at most {@code limit}. */
    List<Intent> intents(int limit);

    /** Audit events since {@code since}, oldest first, at most {@code limit}. */
    List<JournalEvent> events(Instant since, int limit);

    /** Runs a reconciliation round now (looks up every SENDING / UNKNOWN intent at the broker). */
    ReconcileReport resolveNow();

    /** Where the journal lives, for the screen's header. */
    String location();
}
