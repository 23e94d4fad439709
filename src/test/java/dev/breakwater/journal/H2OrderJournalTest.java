package dev.breakwater.journal;

import dev.breakwater.testing.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.breakwater.domain.Order;
import dev.breakwater.domain.OrderRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class H2OrderJournalTest {

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T14:30:00.123456789Z"));
    private H2OrderJournal journal;

    @BeforeEach
    void open() {
        journal = H2OrderJournal.open(Requests.fileUrl(dir), clock);
    }

    @AfterEach
    void close() {
        journal.close();
    }

    @Test
    void createIfAbsentCreatesOnceAndReturnsTheExistingIntent() {
        OrderRequest request = Requests.limitBuy("bw-1");

        Intent created = journal.createIfAbsent("ticket-1", "PA123", request, IntentState.PENDING);
        clock.advance(Duration.ofSeconds(5));
        Intent again = journal.createIfAbsent("ticket-2", "PA999", request, IntentState.SENDING);

        assertThat(created.state()).isEqualTo(IntentState.PENDING);
        assertThat(created.attempts()).isZero();
        assertThat(created.requestHash()).isEqualTo(CanonicalRequest.hash(request));
        assertThat(created.createdAt()).isEqualTo(Instant.parse("2026-03-02T14:30:00.123456Z"));
        assertThat(again).isEqualTo(created);
        assertThat(journal.find("bw-1")).contains(created);
        assertThat(journal.events("bw-1")).extracting(JournalEvent::kind).containsExactly("JOURNALED");
    }

    @Test
    void aChangedRequestUnderTheSameIdShowsADifferentHash() {
        OrderRequest first = Requests.limitBuy("bw-1");
        OrderRequest changed = first.toBuilder().limitPrice("188").build();
        journal.createIfAbsent("t", "PA123", first, IntentState.PENDING);

        Intent existing = journal.createIfAbsent("t", "PA123", changed, IntentState.PENDING);

        assertThat(existing.requestHash()).isEqualTo(CanonicalRequest.hash(first)).isNotEqualTo(CanonicalRequest.hash(changed));
        assertThat(existing.request().limitPrice()).isEqualByComparingTo("187.5");
    }

    @Test
    void aSendingIntentStartsWithOneAttempt() {
        Intent intent = journal.createIfAbsent("t", "PA123", Requests.limitBuy("bw-1"), IntentState.SENDING);

        assertThat(intent.attempts()).isEqualTo(1);
        assertThat(journal.events("bw-1")).singleElement()
                .satisfies(e -> assertThat(e.to()).isEqualTo(IntentState.SENDING))
                .satisfies(e -> assertThat(e.from()).isNull());
    }

    @Test
    void anIntentStartsOnlyPendingOrSending() {
        assertThatThrownBy(() -> journal.createIfAbsent("t", "PA123", Requests.limitBuy(), IntentState.ACCEPTED))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> journal.createIfAbsent("t", "PA123", Requests.limitBuy(null), IntentState.PENDING))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void transitionIsACompareAndSetWithItsEvent() {
        journal.createIfAbsent("t", "PA123", Requests.limitBuy("bw-1"), IntentState.PENDING);
        clock.advance(Duration.ofMillis(7));

        Optional<Intent> sending = journal.transition("bw-1", IntentState.PENDING,
                new Transition(IntentState.SENDING, "SENT", null, null, true, null, "attempt 1"));
        Optional<Intent> stale = journal.transition("bw-1", IntentState.PENDING,
                Transition.to(IntentState.NOT_SENT, "STATE", "never released"));
        Optional<Intent> accepted = journal.transition("bw-1", IntentState.SENDING,
                new Transition(IntentState.ACCEPTED, "STATE", "b-42", "new", false, null, "201"));

        assertThat(sending).get().satisfies(i -> {
            assertThat(i.state()).isEqualTo(IntentState.SENDING);
            assertThat(i.attempts()).isEqualTo(1);
            assertThat(i.updatedAt()).isAfter(i.createdAt());
        });
        assertThat(stale).isEmpty();
        assertThat(accepted).get().satisfies(i -> {
            assertThat(i.state()).isEqualTo(IntentState.ACCEPTED);
            assertThat(i.brokerOrderId()).isEqualTo("b-42");
            assertThat(i.brokerStatus()).isEqualTo("new");
            assertThat(i.attempts()).isEqualTo(1);
        });
        assertThat(journal.events("bw-1"))
                .extracting(JournalEvent::kind, JournalEvent::from, JournalEvent::to, JournalEvent::detail)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("JOURNALED", null, IntentState.PENDING, "journaled"),
                        org.assertj.core.groups.Tuple.tuple("SENT", IntentState.PENDING, IntentState.SENDING, "attempt 1"),
                        org.assertj.core.groups.Tuple.tuple("STATE", IntentState.SENDING, IntentState.ACCEPTED, "201"));
    }

    @Test
    void transitionKeepsValuesItDoesNotChangeAndRecordsTheError() {
        journal.createIfAbsent("t", "PA123", Requests.limitBuy("bw-1"), IntentState.SENDING);
        journal.transition("bw-1", IntentState.SENDING,
                new Transition(IntentState.UNKNOWN, "STATE", "b-1", "pending_new", false, "read timeout", null));

        Intent notSent = journal.transition("bw-1", IntentState.UNKNOWN,
                Transition.to(IntentState.NOT_SENT, "RECONCILED", "not found by client_order_id")).orElseThrow();
        Intent resent = journal.transition("bw-1", IntentState.NOT_SENT,
                new Transition(IntentState.SENDING, "SENT", null, null, true, null, null)).orElseThrow();

        assertThat(notSent.brokerOrderId()).isEqualTo("b-1");
        assertThat(notSent.lastError()).isEqualTo("read timeout");
        assertThat(resent.attempts()).isEqualTo(2);
    }

    @Test
    void transitionOfAnUnknownIntentIsEmpty() {
        assertThat(journal.transition("bw-nope", IntentState.PENDING, Transition.to(IntentState.SENDING, "SENT", null)))
                .isEmpty();
    }

    @Test
    void brokerStatusAndEventsAreRecordedWithoutChangingState() {
        journal.createIfAbsent("t", "PA123", Requests.limitBuy("bw-1"), IntentState.SENDING);
        journal.transition("bw-1", IntentState.SENDING, new Transition(IntentState.ACCEPTED, "STATE", "b-1", "new", false, null, null));
        clock.advance(Duration.ofSeconds(1));

        journal.recordBrokerStatus("bw-1", null, "filled", "stream fill");
        journal.appendEvent("bw-1", "LOOKUP", "found by client_order_id");

        Intent intent = journal.find("bw-1").orElseThrow();
        assertThat(intent.state()).isEqualTo(IntentState.ACCEPTED);
        assertThat(intent.brokerOrderId()).isEqualTo("b-1");
        assertThat(intent.brokerStatus()).isEqualTo("filled");
        assertThat(intent.updatedAt()).isEqualTo(Instant.parse("2026-03-02T14:30:01.123456Z"));
        List<JournalEvent> events = journal.events("bw-1");
        assertThat(events).extracting(JournalEvent::kind).containsExactly("JOURNALED", "STATE", "BROKER_UPDATE", "LOOKUP");
        assertThat(events.get(2).detail()).contains("filled", "stream fill");
        assertThat(events.get(2).from()).isNull();
        assertThat(events).extracting(JournalEvent::sequence).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void eventsAboutNoIntentAreRefused() {
        assertThatThrownBy(() -> journal.appendEvent("bw-nope", "LOOKUP", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> journal.recordBrokerStatus("bw-nope", "b", "new", null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(journal.eventsSince(null, 10)).isEmpty();
    }

    @Test
    void longTextIsClippedNotRefused() {
        journal.createIfAbsent("t", "PA123", Requests.limitBuy("bw-1"), IntentState.PENDING);

        journal.appendEvent("bw-1", "LOOKUP", "x".repeat(10_000));

        assertThat(journal.events("bw-1").get(1).detail()).hasSize(IntentRows.MAX_TEXT);
    }

    @Test
    void adoptJournalsABrokerOrderOnceAsAccepted() {
        Order order = brokerOrder("bw-lost", "b-77");

        Intent adopted = journal.adopt(order, "PA123");
        Intent again = journal.adopt(order, "PA123");

        assertThat(again).isEqualTo(adopted);
        assertThat(adopted.state()).isEqualTo(IntentState.ACCEPTED);
        assertThat(adopted.brokerOrderId()).isEqualTo("b-77");
        assertThat(adopted.brokerStatus()).isEqualTo("filled");
        assertThat(adopted.createdAt()).isEqualTo(Instant.parse("2026-03-02T14:00:00Z"));
        assertThat(adopted.request().symbol()).isEqualTo("AAPL");
        assertThat(adopted.request().limitPrice()).isEqualByComparingTo("187.5");
        assertThat(journal.events("bw-lost")).extracting(JournalEvent::kind).containsExactly("RECOVERED");
    }

    @Test
    void adoptReturnsAnIntentThatIsAlreadyThere() {
        Intent created = journal.createIfAbsent("t", "PA123", Requests.limitBuy("bw-1"), IntentState.SENDING);

        assertThat(journal.adopt(brokerOrder("bw-1", "b-1"), "PA123")).isEqualTo(created);
        assertThat(journal.events("bw-1")).extracting(JournalEvent::kind).containsExactly("JOURNALED");
    }

    @Test
    void unresolvedListsPendingSendingAndUnknownOldestFirst() {
        journal.createIfAbsent("t", "PA", Requests.limitBuy("bw-c"), IntentState.SENDING);
        clock.advance(Duration.ofSeconds(1));
        journal.createIfAbsent("t", "PA", Requests.limitBuy("bw-a"), IntentState.PENDING);
        clock.advance(Duration.ofSeconds(1));
        journal.createIfAbsent("t", "PA", Requests.limitBuy("bw-b"), IntentState.SENDING);
        journal.createIfAbsent("t", "PA", Requests.limitBuy("bw-d"), IntentState.SENDING);
        journal.createIfAbsent("t", "PA", Requests.limitBuy("bw-e"), IntentState.SENDING);
        journal.transition("bw-b", IntentState.SENDING, Transition.to(IntentState.UNKNOWN, "STATE", "timeout"));
        journal.transition("bw-d", IntentState.SENDING, Transition.to(IntentState.ACCEPTED, "STATE", null));
        journal.transition("bw-e", IntentState.SENDING, Transition.to(IntentState.REJECTED, "STATE", null));

        assertThat(journal.unresolved()).extracting(Intent::clientOrderId).containsExactly("bw-c", "bw-a", "bw-b");
    }

    @Test
    void listFiltersByStateAndUpdateTimeNewestFirst() {
        journal.createIfAbsent("t", "PA", Requests.limitBuy("bw-1"), IntentState.PENDING);
        clock.advance(Duration.ofMinutes(1));
        Instant later = clock.instant();
        journal.createIfAbsent("t", "PA", Requests.limitBuy("bw-2"), IntentState.PENDING);
        clock.advance(Duration.ofMinutes(1));
        journal.createIfAbsent("t", "PA", Requests.limitBuy("bw-3"), IntentState.SENDING);

        assertThat(journal.list(null, null, 10)).extracting(Intent::clientOrderId).containsExactly("bw-3", "bw-2", "bw-1");
        assertThat(journal.list(null, null, 2)).extracting(Intent::clientOrderId).containsExactly("bw-3", "bw-2");
        assertThat(journal.list(IntentState.PENDING, null, 10)).extracting(Intent::clientOrderId).containsExactly("bw-2", "bw-1");
        assertThat(journal.list(IntentState.PENDING, later, 10)).extracting(Intent::clientOrderId).containsExactly("bw-2");
        assertThat(journal.list(null, later, 10)).extracting(Intent::clientOrderId).containsExactly("bw-3", "bw-2");
        assertThatThrownBy(() -> journal.list(null, null, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eventsSinceReturnsTheTrailInOrderFromAMoment() {
        journal.createIfAbsent("t", "PA", Requests.limitBuy("bw-1"), IntentState.PENDING);
        clock.advance(Duration.ofMinutes(1));
        Instant since = clock.instant();
        journal.createIfAbsent("t", "PA", Requests.limitBuy("bw-2"), IntentState.PENDING);
        journal.transition("bw-1", IntentState.PENDING, Transition.to(IntentState.NOT_SENT, "STATE", null));
        journal.appendEvent("bw-2", "NOTE", null);

        assertThat(journal.eventsSince(since, 100)).extracting(JournalEvent::clientOrderId, JournalEvent::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("bw-2", "JOURNALED"),
                        org.assertj.core.groups.Tuple.tuple("bw-1", "STATE"),
                        org.assertj.core.groups.Tuple.tuple("bw-2", "NOTE"));
        assertThat(journal.eventsSince(since, 2)).hasSize(2);
        assertThat(journal.eventsSince(null, 100)).hasSize(4);
    }

    @Test
    void newestResolvedCreatedAtIgnoresUnresolvedIntents() {
        assertThat(journal.newestResolvedCreatedAt()).isEmpty();
        journal.createIfAbsent("t", "PA", Requests.limitBuy("bw-1"), IntentState.SENDING);
        Instant first = clock.instant();
        clock.advance(Duration.ofMinutes(1));
        journal.createIfAbsent("t", "PA", Requests.limitBuy("bw-2"), IntentState.SENDING);
        journal.transition("bw-1", IntentState.SENDING, Transition.to(IntentState.ACCEPTED, "STATE", null));

        assertThat(journal.newestResolvedCreatedAt()).contains(IntentRows.truncate(first));
    }

    @Test
    void createTheClickWayRecordsItsEventBeforeTheIntentsNextChange() {
        Intent created = journal.create("t", "PA123", Requests.limitBuy("bw-1"), IntentState.SENDING).orElseThrow();
        clock.advance(Duration.ofSeconds(1));
        journal.transition("bw-1", IntentState.SENDING, Transition.to(IntentState.ACCEPTED, "STATE", "placed"));

        assertThat(journal.events("bw-1")).extracting(JournalEvent::kind, JournalEvent::to, JournalEvent::at)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("JOURNALED", IntentState.SENDING, created.createdAt()),
                        org.assertj.core.groups.Tuple.tuple("STATE", IntentState.ACCEPTED, created.createdAt().plusSeconds(1)));
        assertThat(journal.create("t", "PA123", Requests.limitBuy("bw-1"), IntentState.SENDING)).isEmpty();
        assertThat(journal.events("bw-1")).hasSize(2);
    }

    @Test
    void createsEventIsWrittenWhenTheJournalCloses() {
        journal.create("t", "PA123", Requests.limitBuy("bw-1"), IntentState.PENDING).orElseThrow();
        journal.close();

        journal = H2OrderJournal.open(Requests.fileUrl(dir), clock);

        assertThat(journal.events("bw-1")).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo("JOURNALED");
            assertThat(e.detail()).isEqualTo("journaled");
        });
    }

    @Test
    void aCrashRightAfterThePreSendCommitLeavesTheIntentAndItsEventIsWrittenAtTheNextOpen() throws Exception {
        journal.close();
        Process child = JournalChild.start("create-halt", Requests.fileUrl(dir), "bw-crash");
        assertThat(new String(child.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                .contains(JournalChild.ACK + "bw-crash");
        assertThat(child.waitFor()).isZero();

        journal = H2OrderJournal.open(Requests.fileUrl(dir), clock);

        Intent intent = journal.find("bw-crash").orElseThrow();
        assertThat(intent.state()).isEqualTo(IntentState.SENDING);
        assertThat(journal.events("bw-crash")).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo("JOURNALED");
            assertThat(e.to()).isEqualTo(IntentState.SENDING);
            assertThat(e.at()).isEqualTo(intent.createdAt());
            assertThat(e.detail()).startsWith("journaled and released to the wire (event written when the journal");
        });
        journal.close();
        journal = H2OrderJournal.open(Requests.fileUrl(dir), clock);
        assertThat(journal.events("bw-crash")).as("written once").hasSize(1);
    }

    @Test
    void theJournalSurvivesReopening() {
        Intent created = journal.createIfAbsent("t", "PA123", Requests.limitBuy("bw-1"), IntentState.SENDING);
        journal.close();

        journal = H2OrderJournal.open(Requests.fileUrl(dir), clock);

        assertThat(journal.find("bw-1")).contains(created);
        assertThat(journal.location()).isEqualTo(Requests.dataFile(dir).toString());
    }

    @Test
    void aClosedJournalRefusesWork() {
        journal.close();

        assertThatThrownBy(() -> journal.find("bw-1")).isInstanceOf(JournalUnavailableException.class).hasMessageContaining("closed");
    }

    private static Order brokerOrder(String clientOrderId, String id) {
        return JournalFixtures.brokerOrder(clientOrderId, id);
    }
}
