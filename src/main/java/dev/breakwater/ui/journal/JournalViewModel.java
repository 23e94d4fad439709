package dev.breakwater.ui.journal;

import dev.breakwater.journal.AuditCsv;
import dev.breakwater.journal.Intent;
import dev.breakwater.journal.IntentState;
import dev.breakwater.journal.JournalEvent;
import dev.breakwater.orders.ReconcileReport;
import dev.breakwater.ui.BackgroundWork;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The journal screen's state: the newest {@value #LIMIT} intents, kept in one list that is updated in place
 * by client_order_id (a selected or scrolled-to row stays put across refreshes), a state filter, the
 * UNKNOWN and SENDING counts for the shell's badge, and the Resolve-now and export commands.
 *
 * <p>No timer inside: the shell calls {@link #refresh()} every 2 s while the screen shows (and the badge
 * needs it too, so preferably always); a refresh still under way absorbs the next call.
 */
public final class JournalViewModel {

    /** How many of the newest intents the screen holds. */
    public static final int LIMIT = 1_000;

    /** The most audit events one export writes; retention keeps a journal far below it. */
    static final int EXPORT_LIMIT = 1_000_000;

    private final JournalBrowser browser;
    private final BackgroundWork work;

    private final ObservableList<Intent> intents = FXCollections.observableArrayList();
    private final ObservableList<Intent> intentsView = FXCollections.unmodifiableObservableList(intents);
    private final FilteredList<Intent> rows = new FilteredList<>(intentsView);
    private final ObjectProperty<JournalFilter> filter = new SimpleObjectProperty<>(this, "filter", JournalFilter.ALL);
    private final ReadOnlyIntegerWrapper unknownCount = new ReadOnlyIntegerWrapper(this, "unknownCount");
    private final ReadOnlyIntegerWrapper sendingCount = new ReadOnlyIntegerWrapper(this, "sendingCount");
    private final ReadOnlyStringWrapper attention = new ReadOnlyStringWrapper(this, "attention", "");
    private final ReadOnlyStringWrapper location = new ReadOnlyStringWrapper(this, "location", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper resolving = new ReadOnlyBooleanWrapper(this, "resolving");
    private final ReadOnlyBooleanWrapper exporting = new ReadOnlyBooleanWrapper(this, "exporting");
    private final ReadOnlyBooleanWrapper loadFailed = new ReadOnlyBooleanWrapper(this, "loadFailed");
    private boolean loading;
    private boolean reloadWhenDone;

    public JournalViewModel(JournalBrowser browser, BackgroundWork work) {
        this.browser = Objects.requireNonNull(browser, "browser");
        this.work = Objects.requireNonNull(work, "work");
        filter.addListener((o, was, now) -> {
            if (now == null) {
                filter.set(JournalFilter.ALL);
            }
        });
        rows.predicateProperty().bind(Bindings.createObjectBinding(() -> {
            JournalFilter current = filter.get() == null ? JournalFilter.ALL : filter.get();
            return current::test;
        }, filter));
    }

    /** Every loaded intent, newest first (unmodifiable). */
    public ObservableList<Intent> intents() {
        return intentsView;
    }

    /** The intents the filter lets through, newest first: the table's items. */
    public ObservableList<Intent> rows() {
        return rows;
    }

    public ObjectProperty<JournalFilter> filterProperty() {
        return filter;
    }

    public List<JournalFilter> filters() {
        return JournalFilter.choices();
    }

    /** Intents whose outcome is ambiguous: the shell's badge, and what makes "Resolve now" prominent. */
    public ReadOnlyIntegerProperty unknownCountProperty() {
        return unknownCount.getReadOnlyProperty();
    }

    /** Intents committed SENDING and not answered yet (normally for well under a second). */
    public ReadOnlyIntegerProperty sendingCountProperty() {
        return sendingCount.getReadOnlyProperty();
    }

    /** "2 unknown, 1 sending", or empty when every intent is answered: the line beside Resolve now. */
    public ReadOnlyStringProperty attentionProperty() {
        return attention.getReadOnlyProperty();
    }

    /** Where the journal lives (known after the first refresh). */
    public ReadOnlyStringProperty locationProperty() {
        return location.getReadOnlyProperty();
    }

    /** The outcome of the last command, or why the journal could not be read. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty resolvingProperty() {
        return resolving.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty exportingProperty() {
        return exporting.getReadOnlyProperty();
    }

    /** True while the last refresh failed (the rows shown are older). */
    public ReadOnlyBooleanProperty loadFailedProperty() {
        return loadFailed.getReadOnlyProperty();
    }

    /** Reloads the newest intents in the background and merges them into {@link #intents()}. */
    public void refresh() {
        if (loading) {
            reloadWhenDone = true;
            return;
        }
        loading = true;
        boolean needLocation = location.get().isEmpty();
        work.run("journal refresh", () -> new Snapshot(browser.intents(LIMIT), needLocation ? browser.location() : null),
                snapshot -> {
                    finishLoad();
                    if (snapshot.location() != null) {
                        location.set(snapshot.location());
                    }
                    if (loadFailed.get()) {
                        loadFailed.set(false);
                        message.set("");
                    }
                    merge(snapshot.intents());
                    reloadIfAsked();
                }, failure -> {
                    finishLoad();
                    loadFailed.set(true);
                    message.set("Journal unavailable: " + describe(failure));
                    reloadIfAsked();
                });
    }

    /** One reconciliation round now (every SENDING and UNKNOWN intent looked up at the broker), then a refresh. */
    public void resolveNow() {
        if (resolving.get()) {
            return;
        }
        resolving.set(true);
        message.set("Reconciling…");
        work.run("journal resolve now", browser::resolveNow, report -> {
            resolving.set(false);
            message.set(describe(report));
            refresh();
        }, failure -> {
            resolving.set(false);
            message.set("Reconciliation failed: " + describe(failure));
            refresh();
        });
    }

    /** Writes every audit event to {@code file} as CSV ({@link AuditCsv}), replacing it whole. */
    public void exportAudit(Path file) {
        Objects.requireNonNull(file, "file");
        if (exporting.get()) {
            return;
        }
        exporting.set(true);
        message.set("Exporting the audit trail…");
        work.run("journal audit export", () -> writeAudit(file), count -> {
            exporting.set(false);
            message.set("Exported " + count + (count == 1 ? " audit event" : " audit events") + " to " + file
                    + (count >= EXPORT_LIMIT ? " (the newest were left out: export limit reached)" : ""));
        }, failure -> {
            exporting.set(false);
            message.set("Export failed: " + describe(failure));
        });
    }

    static String describe(ReconcileReport report) {
        return "Reconciled: " + report.accepted() + " accepted, " + report.notSent() + " not sent, "
                + report.adopted() + " adopted, " + report.stillOpen() + " still open";
    }

    private int writeAudit(Path file) throws IOException {
        List<JournalEvent> events = browser.events(Instant.EPOCH, EXPORT_LIMIT);
        Path target = file.toAbsolutePath();
        Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                AuditCsv.write(events, out);
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
        return events.size();
    }

    /**
     * Makes {@link #intents} equal to {@code fresh} with the fewest changes: rows that left are removed,
     * changed rows are set at their index, new rows inserted where they belong.
     */
    private void merge(List<Intent> fresh) {
        Set<String> freshIds = new HashSet<>();
        for (Intent intent : fresh) {
            freshIds.add(intent.clientOrderId());
        }
        intents.removeIf(intent -> !freshIds.contains(intent.clientOrderId()));
        Map<String, Intent> present = new HashMap<>();
        for (Intent intent : intents) {
            present.put(intent.clientOrderId(), intent);
        }
        for (int i = 0; i < fresh.size(); i++) {
            Intent wanted = fresh.get(i);
            String id = wanted.clientOrderId();
            if (i < intents.size() && intents.get(i).clientOrderId().equals(id)) {
                if (!intents.get(i).equals(wanted)) {
                    intents.set(i, wanted);
                }
            } else if (present.containsKey(id)) {
                intents.remove(indexOf(id, i));
                intents.add(i, wanted);
            } else {
                intents.add(i, wanted);
            }
        }
        unknownCount.set(count(IntentState.UNKNOWN));
        sendingCount.set(count(IntentState.SENDING));
        attention.set(unknownCount.get() == 0 && sendingCount.get() == 0 ? ""
                : unknownCount.get() + " unknown, " + sendingCount.get() + " sending");
    }

    private int indexOf(String clientOrderId, int from) {
        for (int i = from; i < intents.size(); i++) {
            if (intents.get(i).clientOrderId().equals(clientOrderId)) {
                return i;
            }
        }
        throw new IllegalStateException(clientOrderId + " vanished from the journal rows");
    }

    private int count(IntentState state) {
        int n = 0;
        for (Intent intent : intents) {
            if (intent.state() == state) {
                n++;
            }
        }
        return n;
    }

    private void finishLoad() {
        loading = false;
    }

    private void reloadIfAsked() {
        if (reloadWhenDone) {
            reloadWhenDone = false;
            refresh();
        }
    }

    private static String describe(Throwable failure) {
        return failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
    }

    private record Snapshot(List<Intent> intents, String location) {
    }
}
