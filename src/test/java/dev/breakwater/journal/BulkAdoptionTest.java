package dev.breakwater.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link H2OrderJournal#adoptAll}: the bulk path the journal benchmark fills with. */
class BulkAdoptionTest {

    @TempDir
    Path dir;

    private H2OrderJournal journal;

    @BeforeEach
    void open() {
        journal = H2OrderJournal.open(Requests.fileUrl(dir));
    }

    @AfterEach
    void close() {
        journal.close();
    }

    @Test
    void adoptsEveryOrderAsAnAcceptedIntentWithItsEvent() {
        int adopted = journal.adoptAll(List.of(JournalFixtures.brokerOrder("bw-a", "b-1"),
                JournalFixtures.brokerOrder("bw-b", "b-2")), "PA123");

        assertThat(adopted).isEqualTo(2);
        assertThat(journal.find("bw-b")).hasValueSatisfying(intent -> {
            assertThat(intent.state()).isEqualTo(IntentState.ACCEPTED);
            assertThat(intent.brokerOrderId()).isEqualTo("b-2");
            assertThat(intent.account()).isEqualTo("PA123");
        });
        assertThat(journal.events("bw-a")).extracting(JournalEvent::kind).containsExactly("RECOVERED");
        assertThat(journal.unresolved()).isEmpty();
    }

    @Test
    void anIdJournaledAlreadyRollsTheWholeBatchBack() {
        journal.createIfAbsent("t", "PA123", Requests.limitBuy("bw-taken"), IntentState.SENDING);

        assertThatThrownBy(() -> journal.adoptAll(List.of(JournalFixtures.brokerOrder("bw-new", "b-1"),
                JournalFixtures.brokerOrder("bw-taken", "b-2")), "PA123"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bw-taken");

        assertThat(journal.find("bw-new")).isEmpty();
        assertThat(journal.find("bw-taken")).hasValueSatisfying(
                intent -> assertThat(intent.state()).isEqualTo(IntentState.SENDING));
        assertThat(journal.events("bw-taken")).extracting(JournalEvent::kind).containsExactly("JOURNALED");
    }
}
