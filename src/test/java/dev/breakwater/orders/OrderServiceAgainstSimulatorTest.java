package dev.breakwater.orders;

import static org.assertj.core.api.Assertions.assertThat;

import dev.breakwater.journal.Intent;
import dev.breakwater.journal.IntentState;
import dev.breakwater.orders.SubmitOutcome.Accepted;
import dev.breakwater.orders.SubmitOutcome.Conflict;
import dev.breakwater.orders.SubmitOutcome.JournalFailure;
import dev.breakwater.orders.SubmitOutcome.NotSent;
import dev.breakwater.orders.SubmitOutcome.Rejected;
import dev.breakwater.orders.SubmitOutcome.Unknown;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The submit path on the real stack: order service → resilient broker → Alpaca REST client → simulated
 * broker, with faults. The promise checked every time: the simulator ends up with at most one order per
 * client_order_id.
 */
class OrderServiceAgainstSimulatorTest {

    private static final OrderSettings SETTINGS = OrderSettings.defaults()
            .withVisibilityGrace(Duration.ofSeconds(2)).withInFlightMargin(Duration.ofSeconds(30));

    private SimStack stack;
    private InMemoryOrderJournal journal;

    private OrderService start(SimStack started) {
        stack = started;
        journal = new InMemoryOrderJournal(stack.clock);
        return stack.service(journal, SETTINGS);
    }

    @AfterEach
    void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    private Intent intent(String clientOrderId) {
        return journal.find(clientOrderId).orElseThrow();
    }

    @Test
    void aFirstClickIsJournaledSendingThenAccepted() {
        OrderService service = start(SimStack.start("none"));
        Ticket ticket = stack.ticket("AAPL", "10");

        SubmitOutcome outcome = service.submit(ticket);

        assertThat(outcome).isInstanceOfSatisfying(Accepted.class, accepted -> {
            assertThat(accepted.alreadyPlaced()).isFalse();
            assertThat(accepted.recorded()).isTrue();
            assertThat(accepted.latestOrder()).isPresent();
            assertThat(accepted.brokerStatus()).isEqualTo("new");
        });
        Intent intent = intent(ticket.clientOrderId());
        assertThat(intent.state()).isEqualTo(IntentState.ACCEPTED);
        assertThat(intent.brokerOrderId()).isEqualTo(((Accepted) outcome).brokerOrderId());
        assertThat(intent.attempts()).isEqualTo(1);
        assertThat(journal.events(ticket.clientOrderId())).extracting(e -> e.kind() + ":" + e.to())
                .containsExactly("JOURNALED:SENDING", "STATE:ACCEPTED");
        assertThat(stack.ordersAtBroker(ticket.clientOrderId())).isEqualTo(1);
    }

    @Test
    void reClickAfterALostReplyPlacesNothingAndReportsTheOrder() {
        OrderService service = start(SimStack.singleAttempt("drop_after_accept=1"));
        Ticket ticket = stack.ticket("AAPL", "10");

        SubmitOutcome first = service.submit(ticket);
        stack.sim.setFaults("none");
        SubmitOutcome second = service.submit(ticket);

        assertThat(first).isInstanceOf(Unknown.class);
        assertThat(second).isInstanceOfSatisfying(Accepted.class,
                accepted -> assertThat(accepted.alreadyPlaced()).isTrue());
        assertThat(stack.ordersAtBroker(ticket.clientOrderId())).isEqualTo(1);
        assertThat(intent(ticket.clientOrderId()).state()).isEqualTo(IntentState.ACCEPTED);
        assertThat(intent(ticket.clientOrderId()).attempts()).isEqualTo(1);
    }

    @Test
    void aThirdClickOnAnAcceptedOrderSendsAndReadsNothing() {
        OrderService service = start(SimStack.start("none"));
        Ticket ticket = stack.ticket("MSFT", "1");
        service.submit(ticket);
        long requests = stack.apiRequests();

        SubmitOutcome again = service.submit(ticket);

        assertThat(again).isInstanceOfSatisfying(Accepted.class, accepted -> {
            assertThat(accepted.alreadyPlaced()).isTrue();
            assertThat(accepted.latestOrder()).isEmpty();
            assertThat(accepted.brokerOrderId()).isEqualTo(intent(ticket.clientOrderId()).brokerOrderId());
        });
        assertThat(stack.apiRequests()).isEqualTo(requests);
    }

    @Test
    void aLostReplyIsSettledByTheResilientBrokerWithinTheFirstClick() {
        OrderService service = start(SimStack.start("drop_after_accept=1"));
        Ticket ticket = stack.ticket("AAPL", "10");

        SubmitOutcome outcome = service.submit(ticket);

        assertThat(outcome).isInstanceOfSatisfying(Accepted.class,
                accepted -> assertThat(accepted.alreadyPlaced()).isFalse());
        assertThat(stack.ordersAtBroker(ticket.clientOrderId())).isEqualTo(1);
    }

    @Test
    void anUnreadableReplyToAPlacedOrderThenARetryPlacesOneOrder() {
        // Every 2xx body is cut short: the POST placed the order, and no lookup can read it either.
        OrderService service = start(SimStack.start("malformed_rate=1"));
        Ticket ticket = stack.ticket("AAPL", "10");

        SubmitOutcome first = service.submit(ticket);
        stack.sim.setFaults("none");
        SubmitOutcome retry = service.submit(ticket);

        assertThat(first).isInstanceOf(Unknown.class);
        assertThat(intent(ticket.clientOrderId()).lastError()).isNotBlank();
        assertThat(retry).isInstanceOfSatisfying(Accepted.class,
                accepted -> assertThat(accepted.alreadyPlaced()).isTrue());
        assertThat(stack.ordersAtBroker(ticket.clientOrderId())).isEqualTo(1);
    }

    @Test
    void aSlowReplyPastTheCallTimeoutPlacesOneOrder() {
        OrderService service = start(SimStack.start("slow_reply_rate=1,slow_reply_ms=2500"));
        Ticket ticket = stack.ticket("AAPL", "10");

        SubmitOutcome outcome = service.submit(ticket);
        SubmitOutcome again = service.submit(ticket);

        assertThat(outcome).isInstanceOf(Accepted.class);
        assertThat(again).isInstanceOfSatisfying(Accepted.class,
                accepted -> assertThat(accepted.alreadyPlaced()).isTrue());
        assertThat(stack.ordersAtBroker(ticket.clientOrderId())).isEqualTo(1);
    }

    @Test
    void delayedVisibilityNeverLeadsToASecondOrder() {
        OrderService service = start(SimStack.singleAttempt("delayed_visibility_ms=60000,drop_after_accept=1"));
        Ticket ticket = stack.ticket("AAPL", "10");
        assertThat(service.submit(ticket)).isInstanceOf(Unknown.class);
        stack.sim.setFaults("delayed_visibility_ms=60000");

        // Within the grace period a 404 proves nothing: nothing is sent.
        long requests = stack.apiRequests();
        SubmitOutcome tooSoon = service.submit(ticket);
        assertThat(tooSoon).isInstanceOf(Unknown.class);
        assertThat(stack.apiRequests() - requests).as("only the lookup").isEqualTo(1);

        // After it the order is sent again with the same id; the broker's 422 duplicate says it exists.
        stack.clock.advance(Duration.ofSeconds(3));
        SubmitOutcome afterGrace = service.submit(ticket);
        assertThat(afterGrace).isInstanceOf(Unknown.class);
        assertThat(stack.ordersAtBroker(ticket.clientOrderId())).isEqualTo(1);

        stack.sim.setFaults("none");
        SubmitOutcome visible = service.submit(ticket);
        assertThat(visible).isInstanceOfSatisfying(Accepted.class,
                accepted -> assertThat(accepted.alreadyPlaced()).isTrue());
        assertThat(stack.ordersAtBroker(ticket.clientOrderId())).isEqualTo(1);
        assertThat(journal.events(ticket.clientOrderId())).extracting(e -> e.kind())
                .contains(AuditKinds.SENT, AuditKinds.RECONCILED);
    }

    @Test
    void aReClickAfterTheGracePeriodSendsAnOrderTheBrokerNeverGot() {
        // The journal holds an UNKNOWN intent whose POST never arrived (say the process died mid-send).
        OrderService service = start(SimStack.start("none"));
        Ticket ticket = stack.ticket("AAPL", "10");
        journal.createIfAbsent(ticket.ticketId(), ticket.account(), ticket.request(), IntentState.SENDING);
        journal.transition(ticket.clientOrderId(), IntentState.SENDING,
                dev.breakwater.journal.Transition.to(IntentState.UNKNOWN, "STATE", "timeout"));
        stack.clock.advance(Duration.ofSeconds(3));

        SubmitOutcome outcome = service.submit(ticket);

        assertThat(outcome).isInstanceOfSatisfying(Accepted.class,
                accepted -> assertThat(accepted.alreadyPlaced()).isFalse());
        assertThat(stack.ordersAtBroker(ticket.clientOrderId())).isEqualTo(1);
        Intent intent = intent(ticket.clientOrderId());
        assertThat(intent.attempts()).isEqualTo(2);
        assertThat(journal.events(ticket.clientOrderId())).extracting(e -> e.to())
                .containsSubsequence(IntentState.UNKNOWN, IntentState.NOT_SENT, IntentState.SENDING, IntentState.ACCEPTED);
    }

    @Test
    void theSameIdWithOtherParametersIsRefusedAndNothingIsSent() {
        OrderService service = start(SimStack.start("none"));
        Ticket ticket = stack.ticket("AAPL", "10");
        service.submit(ticket);
        long requests = stack.apiRequests();
        Ticket edited = new Ticket(ticket.ticketId(), ticket.account(), ticket.request().toBuilder().qty("11").build());

        SubmitOutcome outcome = service.submit(edited);

        assertThat(outcome).isInstanceOfSatisfying(Conflict.class, conflict -> assertThat(conflict.reason())
                .contains("idempotency conflict", ticket.clientOrderId(), "different order"));
        assertThat(stack.apiRequests()).isEqualTo(requests);
        assertThat(stack.ordersAtBroker(ticket.clientOrderId())).isEqualTo(1);
    }

    @Test
    void equalDecimalsWrittenDifferentlyAreTheSameOrder() {
        OrderService service = start(SimStack.start("none"));
        Ticket ticket = stack.ticket("AAPL", "10");
        service.submit(ticket);
        Ticket sameOrder = new Ticket(ticket.ticketId(), ticket.account(), ticket.request().toBuilder().qty("10.000").build());

        assertThat(service.submit(sameOrder)).isInstanceOf(Accepted.class);
    }

    @Test
    void twoClicksAtOnceMakeOnePost() throws Exception {
        // Latency keeps the first POST in flight while the second click arrives.
        OrderService service = start(SimStack.start("latency_ms=200"));
        Ticket ticket = stack.ticket("AAPL", "10");
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService clicks = Executors.newFixedThreadPool(2);
        try {
            List<Future<SubmitOutcome>> outcomes = List.of(
                    clicks.submit(() -> { go.await(); return service.submit(ticket); }),
                    clicks.submit(() -> { go.await(); return service.submit(ticket); }));
            go.countDown();

            List<SubmitOutcome> results = List.of(outcomes.get(0).get(10, TimeUnit.SECONDS),
                    outcomes.get(1).get(10, TimeUnit.SECONDS));

            assertThat(results).allMatch(Accepted.class::isInstance);
            assertThat(results).extracting(outcome -> ((Accepted) outcome).alreadyPlaced())
                    .containsExactlyInAnyOrder(false, true);
        } finally {
            clicks.shutdownNow();
        }
        assertThat(stack.apiRequests()).as("one POST, and nothing else").isEqualTo(1);
        assertThat(stack.ordersAtBroker(ticket.clientOrderId())).isEqualTo(1);
        assertThat(stack.locks.size()).isZero();
    }

    @Test
    void aBrokerRejectionIsFinalAndNotSentAgain() {
        OrderService service = start(SimStack.start("none"));
        // Far more than the demo account's buying power: 403.
        Ticket ticket = Ticket.open(SimStack.ACCOUNT, stack.restingBuy("AAPL", "10000000").limitPrice("100").build(),
                stack.ids);

        SubmitOutcome first = service.submit(ticket);
        long requests = stack.apiRequests();
        SubmitOutcome again = service.submit(ticket);

        assertThat(first).isInstanceOfSatisfying(Rejected.class,
                rejected -> assertThat(rejected.reason()).contains("HTTP 403"));
        assertThat(again).isInstanceOfSatisfying(Rejected.class,
                rejected -> assertThat(rejected.reason()).isEqualTo(((Rejected) first).reason()));
        assertThat(stack.apiRequests()).isEqualTo(requests);
        assertThat(intent(ticket.clientOrderId()).state()).isEqualTo(IntentState.REJECTED);
        assertThat(stack.ordersAtBroker(ticket.clientOrderId())).isZero();
    }

    @Test
    void anOrderThatProvablyNeverLeftIsNotSentAndTheNextClickSendsItWithTheSameId() {
        OrderService service = start(SimStack.singleAttempt("outage=true"));
        Ticket ticket = stack.ticket("AAPL", "10");

        SubmitOutcome first = service.submit(ticket);
        stack.sim.setFaults("none");
        SubmitOutcome second = service.submit(ticket);

        assertThat(first).isInstanceOf(NotSent.class);
        assertThat(second).isInstanceOfSatisfying(Accepted.class,
                accepted -> assertThat(accepted.alreadyPlaced()).isFalse());
        assertThat(intent(ticket.clientOrderId()).attempts()).isEqualTo(2);
        assertThat(stack.ordersAtBroker(ticket.clientOrderId())).isEqualTo(1);
    }

    @Test
    void aJournalThatFailsBeforeSendingStopsTheOrder() {
        stack = SimStack.start("none");
        FailingJournal failing = new FailingJournal(new InMemoryOrderJournal(stack.clock));
        failing.failEverything(true);
        OrderService service = stack.service(failing, SETTINGS);
        Ticket ticket = stack.ticket("AAPL", "10");

        SubmitOutcome outcome = service.submit(ticket);

        assertThat(outcome).isInstanceOfSatisfying(JournalFailure.class,
                failure -> assertThat(failure.message()).contains("not sent", "disk full"));
        assertThat(stack.apiRequests()).isZero();
        assertThat(stack.ordersAtBroker(ticket.clientOrderId())).isZero();
    }

    @Test
    void aJournalThatFailsAfterTheBrokerAcceptedLosesNothing() {
        stack = SimStack.start("none");
        journal = new InMemoryOrderJournal(stack.clock);
        FailingJournal failing = new FailingJournal(journal);
        failing.failTransitionsTo(IntentState.ACCEPTED);
        OrderService service = stack.service(failing, SETTINGS);
        Ticket ticket = stack.ticket("AAPL", "10");

        SubmitOutcome outcome = service.submit(ticket);

        assertThat(outcome).isInstanceOfSatisfying(Accepted.class, accepted -> {
            assertThat(accepted.recorded()).isFalse();
            assertThat(accepted.journalWarning()).contains("disk full");
        });
        // SENDING was committed before sending: the fact is on record, and the reconciler settles it.
        assertThat(intent(ticket.clientOrderId()).state()).isEqualTo(IntentState.SENDING);
        failing.failTransitionsTo(null);
        ReconcileReport report = stack.reconciler(failing, SETTINGS).reconcileNow();
        assertThat(report.accepted()).isEqualTo(1);
        assertThat(intent(ticket.clientOrderId()).state()).isEqualTo(IntentState.ACCEPTED);
        assertThat(stack.ordersAtBroker(ticket.clientOrderId())).isEqualTo(1);
    }

    @Test
    void aStreamEventThatOvertakesTheReplyIsNoConflict() {
        stack = SimStack.start("none");
        journal = new InMemoryOrderJournal(stack.clock);
        Reconciler reconciler = stack.reconciler(journal, SETTINGS);
        HookedBroker overtaken = new HookedBroker(stack.broker, order -> reconciler.onTradeUpdate(
                new dev.breakwater.domain.TradeUpdate(dev.breakwater.domain.TradeEvent.NEW, "new", order, null,
                        java.time.OffsetDateTime.now(), null, null, null)));
        OrderService service = new OrderService(journal, overtaken, stack.locks, stack.clock, SETTINGS);
        Ticket ticket = stack.ticket("AAPL", "10");

        SubmitOutcome outcome = service.submit(ticket);

        assertThat(outcome).isInstanceOfSatisfying(Accepted.class, accepted -> {
            assertThat(accepted.alreadyPlaced()).isFalse();
            assertThat(accepted.recorded()).isTrue();
        });
        assertThat(journal.events(ticket.clientOrderId())).extracting(e -> e.kind() + ":" + e.to())
                .containsExactly("JOURNALED:SENDING", "BROKER_UPDATE:ACCEPTED", "BROKER_UPDATE:null");
        assertThat(stack.ordersAtBroker(ticket.clientOrderId())).isEqualTo(1);
    }
}
