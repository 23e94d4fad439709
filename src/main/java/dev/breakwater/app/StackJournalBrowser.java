package dev.breakwater.app;

import dev.breakwater.journal.Intent;
import dev.breakwater.journal.JournalEvent;
import dev.breakwater.journal.OrderJournal;
import dev.breakwater.orders.ReconcileReport;
import dev.breakwater.orders.Reconciler;
import dev.breakwater.ui.journal.JournalBrowser;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** The journal screen's reads over the order journal, and its Resolve now over the reconciler. */
public final class StackJournalBrowser implements JournalBrowser {

    private final OrderJournal journal;
    private final Reconciler reconciler;

    public StackJournalBrowser(OrderJournal journal, Reconciler reconciler) {
        this.journal = Objects.requireNonNull(journal, "journal");
        this.reconciler = Objects.requireNonNull(reconciler, "reconciler");
    }

    @Override
    public List<Intent> intents(int limit) {
        return journal.list(null, null, limit);
    }

    @Override
    public List<JournalEvent> events(Instant since, int limit) {
        return journal.eventsSince(since, limit);
    }

    @Override
    public ReconcileReport resolveNow() {
        return reconciler.reconcileNow();
    }

    @Override
    public String location() {
        return journal.location();
    }
}
