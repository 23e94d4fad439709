package dev.breakwater.ui.journal;

import dev.breakwater.journal.AuditCsv;
import static dev.breakwater.ui.journal.FakeJournalBrowser.T0;
import static dev.breakwater.ui.journal.FakeJournalBrowser.intent;
import static dev.breakwater.ui.journal.FakeJournalBrowser.withState;
import static org.assertj.core.api.Assertions.assertThat;

import dev.breakwater.journal.Intent;
import dev.breakwater.journal.IntentState;
import dev.breakwater.journal.JournalEvent;
import dev.breakwater.journal.JournalUnavailableException;
import dev.breakwater.ui.HeldWork;
import dev.breakwater.ui.SameThreadWork;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalViewModelTest {

    private final FakeJournalBrowser browser = new FakeJournalBrowser();
    private final SameThreadWork work = new SameThreadWork();
    private final JournalViewModel vm = new JournalViewModel(browser, work);

    @TempDir
    Path dir;

    private final Intent accepted = intent("bw-1", IntentState.ACCEPTED, 1);
    private final Intent unknown = intent("bw-2", IntentState.UNKNOWN, 2);
    private final Intent sending = intent("bw-3", IntentState.SENDING, 3);
    private final Intent rejected = intent("bw-4", IntentState.REJECTED, 4);

    @Test
    void refreshLoadsTheNewestIntentsCountsAndLocation() {
        browser.put(rejected, sending, unknown, accepted);

        vm.refresh();

        assertThat(vm.rows()).containsExactly(rejected, sending, unknown, accepted);
        assertThat(vm.unknownCountProperty().get()).isEqualTo(1);
        assertThat(vm.sendingCountProperty().get()).isEqualTo(1);
        assertThat(vm.locationProperty().get()).isEqualTo("/tmp/journal (test)");
    }

    @Test
    void rowsAreUpdatedInPlaceNeverClearedAndRebuilt() {
        Intent old = intent("bw-0", IntentState.NOT_SENT, 0);
        browser.put(sending, unknown, accepted, old);
        vm.refresh();
        List<Intent> removed = new ArrayList<>();
        List<Intent> added = new ArrayList<>();
        vm.intents().addListener((ListChangeListener<Intent>) change -> {
            while (change.next()) {
                removed.addAll(change.getRemoved());
                added.addAll(change.getAddedSubList());
            }
        });

        Intent settled = withState(unknown, IntentState.ACCEPTED);
        browser.put(rejected, sending, settled, accepted); // bw-4 new on top, bw-2 settled, bw-0 pruned
        vm.refresh();

        assertThat(vm.intents()).containsExactly(rejected, sending, settled, accepted);
        assertThat(removed).containsExactlyInAnyOrder(unknown, old);
        assertThat(added).containsExactlyInAnyOrder(rejected, settled);
        assertThat(vm.unknownCountProperty().get()).isZero();

        removed.clear();
        added.clear();
        vm.refresh(); // nothing changed: no change event at all
        assertThat(removed).isEmpty();
        assertThat(added).isEmpty();
    }

    @Test
    void theFilterShowsAllUnresolvedOrOneState() {
        Intent pending = intent("bw-5", IntentState.PENDING, 5);
        browser.put(pending, rejected, sending, unknown, accepted);
        vm.refresh();

        vm.filterProperty().set(JournalFilter.UNRESOLVED);
        assertThat(vm.rows()).containsExactly(pending, sending, unknown);
        vm.filterProperty().set(JournalFilter.of(IntentState.UNKNOWN));
        assertThat(vm.rows()).containsExactly(unknown);

        browser.put(pending, rejected, sending, withState(unknown, IntentState.ACCEPTED), accepted);
        vm.refresh();
        assertThat(vm.rows()).isEmpty(); // the filter follows the refresh

        vm.filterProperty().set(JournalFilter.ALL);
        assertThat(vm.rows()).hasSize(5);
        assertThat(vm.filters()).startsWith(JournalFilter.ALL, JournalFilter.UNRESOLVED).hasSize(2 + IntentState.values().length);
        assertThat(vm.filters()).extracting(JournalFilter::toString).contains("All", "Unresolved", "UNKNOWN");
    }

    @Test
    void resolveNowReconcilesInTheBackgroundThenRefreshesAndReports() {
        browser.put(unknown, accepted);
        vm.refresh();
        browser.resolvesTo = IntentState.ACCEPTED;

        vm.resolveNow();

        assertThat(browser.resolveCalls).hasValue(1);
        assertThat(vm.messageProperty().get()).isEqualTo("Reconciled: 2 accepted, 1 not sent, 0 adopted, 0 still open");
        assertThat(vm.unknownCountProperty().get()).isZero();
        assertThat(vm.resolvingProperty().get()).isFalse();
        assertThat(work.runs()).isEqualTo(3); // refresh, resolve, refresh
    }

    @Test
    void aFailingJournalIsReportedAndTheRowsStay() {
        browser.put(unknown);
        vm.refresh();
        browser.failure = new JournalUnavailableException("journal /tmp/j: locked", null);

        vm.refresh();
        assertThat(vm.rows()).containsExactly(unknown);
        assertThat(vm.loadFailedProperty().get()).isTrue();
        assertThat(vm.messageProperty().get()).contains("Journal unavailable", "locked");

        vm.resolveNow();
        assertThat(vm.messageProperty().get()).startsWith("Journal unavailable"); // the refresh after it failed too

        browser.failure = null;
        vm.refresh();
        assertThat(vm.loadFailedProperty().get()).isFalse();
        assertThat(vm.messageProperty().get()).isEmpty();
    }

    @Test
    void aRefreshWhileOneIsUnderWayRunsOnceAfterIt() {
        HeldWork held = new HeldWork();
        JournalViewModel slow = new JournalViewModel(browser, held);
        browser.put(unknown);

        slow.refresh();
        slow.refresh();
        slow.refresh();
        assertThat(held.pending()).isEqualTo(1);

        browser.put(sending, unknown);
        held.runNext();
        assertThat(held.pending()).isEqualTo(1); // the calls during the first load, folded into one
        held.runNext();
        assertThat(held.pending()).isZero();
        assertThat(slow.rows()).containsExactly(sending, unknown);
    }

    @Test
    void exportWritesEveryAuditEventAsRfc4180Csv() throws Exception {
        browser.events.add(new JournalEvent(1, "bw-1", T0, "JOURNALED", null, IntentState.SENDING, "pre-send commit"));
        browser.events.add(new JournalEvent(2, "bw-1", T0.plusSeconds(1), "STATE", IntentState.SENDING,
                IntentState.UNKNOWN, "timeout, \"no reply\"\nafter 2 s"));
        Path file = dir.resolve("audit.csv");

        vm.exportAudit(file);

        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(
                "sequence,at,client_order_id,kind,from,to,detail\r\n"
                        + "1,2026-03-02T15:00:00Z,bw-1,JOURNALED,,SENDING,pre-send commit\r\n"
                        + "2,2026-03-02T15:00:01Z,bw-1,STATE,SENDING,UNKNOWN,\"timeout, \"\"no reply\"\"\nafter 2 s\"\r\n");
        assertThat(vm.messageProperty().get()).isEqualTo("Exported 2 audit events to " + file);
        assertThat(Files.list(dir)).containsExactly(file);
    }

    @Test
    void csvFieldsAreQuotedOnlyWhenNeeded() throws Exception {
        assertThat(AuditCsv.field("plain text")).isEqualTo("plain text");
        assertThat(AuditCsv.field("a,b")).isEqualTo("\"a,b\"");
        assertThat(AuditCsv.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(AuditCsv.field("line\r\nbreak")).isEqualTo("\"line\r\nbreak\"");
        assertThat(AuditCsv.field(null)).isEmpty();
        StringWriter out = new StringWriter();
        AuditCsv.write(List.of(), out);
        assertThat(out).hasToString("sequence,at,client_order_id,kind,from,to,detail\r\n");
    }

    @Test
    void attentionSaysWhatOwesAnAnswer() {
        browser.put(accepted);
        vm.refresh();
        assertThat(vm.attentionProperty().get()).isEmpty();
        browser.put(sending, unknown, intent("bw-9", IntentState.UNKNOWN, 9));
        vm.refresh();
        assertThat(vm.attentionProperty().get()).isEqualTo("2 unknown, 1 sending");
    }
}
