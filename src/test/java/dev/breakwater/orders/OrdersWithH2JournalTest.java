package dev.breakwater.orders;

import static org.assertj.core.api.Assertions.assertThat;

import dev.breakwater.domain.Order;
import dev.breakwater.journal.H2OrderJournal;
import dev.breakwater.journal.Intent;
import dev.breakwater.journal.IntentState;
import dev.breakwater.journal.JournalEvent;
import dev.breakwater.orders.SubmitOutcome.Accepted;
import dev.breakwater.orders.SubmitOutcome.Conflict;
import dev.breakwater.orders.SubmitOutcome.Unknown;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The order service and reconciler on the real H2 journal (a file in a temporary directory) and the
 * simulated broker: the same promises as with the in-memory journal, plus a restart in between.
 */
class OrdersWithH2JournalTest {

    private static final OrderSettings SETTINGS = OrderSettings.defaults()
            .withVisibilityGrace(Duration.ofSeconds(2)).withInFlightMargin(Duration.ofSeconds(30));

    @TempDir
    Path dir;

    private SimStack stack;
    private H2OrderJournal journal;

    private String url() {
        return "jdbc:h2:file:" + dir.toAbsolutePath().resolve("journal").toString().replace('\\', '/');
    }

    private H2OrderJournal openJournal() {
        journal = H2OrderJournal.open(url(), stack.clock);
        return journal;
    }

    @AfterEach
    void stop() {
        if (journal != null) {
            journal.close();
        }
        if (stack != null) {
            stack.close();
        }
    }

    private Intent intent(String clientOrderId) {
        return journal.find(clientOrderId).orElseThrow();
    }

    @Test
    void reClickAfterALostReplyPlacesOneOrder() {
        stack = SimStack.singleAttempt("drop_after_accept=1");
        OrderService service = stack.service(openJournal(), SETTINGS);
        Ticket ticket = stack.ticket("AAPL", "10");

        SubmitOutcome first = service.submit(ticket);
        stack.sim.setFaults("none");
        SubmitOutcome second = service.submit(ticket);

        assertThat(first).isInstanceOf(Unknown.class);
        assertThat(second).isInstanceOfSatisfying(Accepted.class, accepted -> assertThat(accepted.alreadyPlaced()).isTrue());
        assertThat(stack.ordersAtBroker(ticket.clientOrderId())).isEqualTo(1);
        assertThat(intent(ticket.clientOrderId()).state()).isEqualTo(IntentState.ACCEPTED);
        assertThat(journal.events(ticket.clientOrderId())).extracting(JournalEvent::to)
                .containsSubsequence(IntentState.SENDING, IntentState.UNKNOWN, IntentState.ACCEPTED);
    }

    @Test
    void anUnclearOrderAndANeverReleasedIntentAreSettledAfterARestart() {
        stack = SimStack.singleAttempt("drop_after_accept=1");
        OrderService before = stack.service(openJournal(), SETTINGS);
        Ticket placed = stack.ticket("AAPL", "10");
        assertThat(before.submit(placed)).isInstanceOf(Unknown.class);
        Ticket neverSent = stack.ticket("MSFT", "1");
        journal.createIfAbsent(neverSent.ticketId(), neverSent.account(), neverSent.request(), IntentState.PENDING);
        journal.close();
        stack.sim.setFaults("none");

        // The next start: a new journal connection on the same file, a new reconciler.
        Reconciler reconciler = stack.reconciler(openJournal(), SETTINGS);
        ReconcileReport report = reconciler.startUp();

        assertThat(report.accepted()).isEqualTo(1);
        assertThat(report.notSent()).isEqualTo(1);
        assertThat(intent(placed.clientOrderId()).state()).isEqualTo(IntentState.ACCEPTED);
        assertThat(intent(neverSent.clientOrderId()).state()).isEqualTo(IntentState.NOT_SENT);
        assertThat(stack.ordersAtBroker(neverSent.clientOrderId())).isZero();

        // The trader may now send the never-released ticket: same id, one order.
        SubmitOutcome sent = stack.service(journal, SETTINGS).submit(neverSent);
        assertThat(sent).isInstanceOf(Accepted.class);
        assertThat(stack.ordersAtBroker(neverSent.clientOrderId())).isEqualTo(1);
    }

    @Test
    void aReClickBeforeTheAcceptanceIsWrittenSeesItAndSendsNothing() {
        stack = SimStack.start("none");
        FailingJournal slowWriter = new FailingJournal(openJournal());
        slowWriter.holdSoonWrites();
        OrderService service = stack.service(slowWriter, SETTINGS);
        Ticket ticket = stack.ticket("AAPL", "10");

        assertThat(service.submit(ticket)).isInstanceOfSatisfying(Accepted.class,
                accepted -> assertThat(accepted.alreadyPlaced()).isFalse());
        // The click has returned and its acceptance is not written yet: on file the intent is SENDING.
        assertThat(slowWriter.heldWrites()).isEqualTo(1);
        assertThat(intent(ticket.clientOrderId()).state()).isEqualTo(IntentState.SENDING);

        SubmitOutcome reClick = service.submit(ticket);

        assertThat(reClick).isInstanceOfSatisfying(Accepted.class,
                accepted -> assertThat(accepted.alreadyPlaced()).isTrue());
        assertThat(stack.apiRequests()).as("one POST, and no lookup either").isEqualTo(1);
        assertThat(intent(ticket.clientOrderId()).state()).isEqualTo(IntentState.ACCEPTED);
    }

    @Test
    void aCrashBeforeTheAcceptanceIsWrittenLeavesSendingWhichTheRestartSettlesWithoutASecondOrder() {
        stack = SimStack.start("none");
        Ticket reconciled = stack.ticket("AAPL", "10");
        Ticket reClicked = stack.ticket("MSFT", "2");
        // Two clicks whose acceptances were both still waiting for the writer when the process died.
        for (Ticket ticket : List.of(reconciled, reClicked)) {
            FailingJournal slowWriter = new FailingJournal(journal == null ? openJournal() : journal);
            slowWriter.holdSoonWrites();
            assertThat(stack.service(slowWriter, SETTINGS).submit(ticket)).isInstanceOf(Accepted.class);
            slowWriter.dropHeldWrites();
        }
        journal.close();

        // The next start: the re-click comes before the start-up reconciliation.
        OrderService after = stack.service(openJournal(), SETTINGS);
        assertThat(intent(reClicked.clientOrderId()).state()).isEqualTo(IntentState.SENDING);
        assertThat(after.submit(reClicked)).isInstanceOfSatisfying(Accepted.class,
                accepted -> assertThat(accepted.alreadyPlaced()).isTrue());
        ReconcileReport report = stack.reconciler(journal, SETTINGS).startUp();

        assertThat(report.accepted()).isEqualTo(1);
        for (Ticket ticket : List.of(reconciled, reClicked)) {
            assertThat(intent(ticket.clientOrderId()).state()).isEqualTo(IntentState.ACCEPTED);
            assertThat(stack.ordersAtBroker(ticket.clientOrderId())).isEqualTo(1);
        }
    }

    @Test
    void anOrderOfOursMissingFromTheJournalIsAdopted() {
        stack = SimStack.start("none");
        Reconciler reconciler = stack.reconciler(openJournal(), SETTINGS);
        Order orphan = stack.placeDirectly(stack.restingBuy("KO", "3").build());

        assertThat(reconciler.startUp().adopted()).isEqualTo(1);
        assertThat(intent(orphan.clientOrderId()).state()).isEqualTo(IntentState.ACCEPTED);
        assertThat(journal.events(orphan.clientOrderId())).extracting(JournalEvent::kind).contains("RECOVERED");
    }

    @Test
    void twoClicksAtOnceMakeOnePostAndAnEditedTicketIsRefused() throws Exception {
        stack = SimStack.start("latency_ms=200");
        OrderService service = stack.service(openJournal(), SETTINGS);
        Ticket ticket = stack.ticket("AAPL", "10");
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService clicks = Executors.newFixedThreadPool(2);
        try {
            List<Future<SubmitOutcome>> outcomes = List.of(
                    clicks.submit(() -> { go.await(); return service.submit(ticket); }),
                    clicks.submit(() -> { go.await(); return service.submit(ticket); }));
            go.countDown();
            assertThat(outcomes.get(0).get(10, TimeUnit.SECONDS)).isInstanceOf(Accepted.class);
            assertThat(outcomes.get(1).get(10, TimeUnit.SECONDS)).isInstanceOf(Accepted.class);
        } finally {
            clicks.shutdownNow();
        }
        assertThat(stack.apiRequests()).isEqualTo(1);

        Ticket edited = new Ticket(ticket.ticketId(), ticket.account(), ticket.request().toBuilder().qty("11").build());
        assertThat(service.submit(edited)).isInstanceOf(Conflict.class);
        assertThat(stack.apiRequests()).isEqualTo(1);
        assertThat(stack.ordersAtBroker(ticket.clientOrderId())).isEqualTo(1);
    }

    @Test
    void aStreamEventSettlesAnUnknownIntent() {
        stack = SimStack.singleAttempt("drop_after_accept=1");
        OrderService service = stack.service(openJournal(), SETTINGS);
        Reconciler reconciler = stack.reconciler(journal, SETTINGS);
        Ticket ticket = stack.ticket("AAPL", "10");
        assertThat(service.submit(ticket)).isInstanceOf(Unknown.class);
        stack.sim.setFaults("none");
        Order atBroker = stack.direct.getOrderByClientOrderId(ticket.clientOrderId());

        reconciler.onTradeUpdate(new dev.breakwater.domain.TradeUpdate(dev.breakwater.domain.TradeEvent.NEW, "new",
                atBroker, null, java.time.OffsetDateTime.now(), null, null, null));

        assertThat(intent(ticket.clientOrderId()).state()).isEqualTo(IntentState.ACCEPTED);
        assertThat(intent(ticket.clientOrderId()).brokerOrderId()).isEqualTo(atBroker.id());
    }
}
