package dev.breakwater.orders;

import static org.assertj.core.api.Assertions.assertThat;

import dev.breakwater.domain.Order;
import dev.breakwater.domain.OrderRequest;
import dev.breakwater.domain.TradeEvent;
import dev.breakwater.domain.TradeUpdate;
import dev.breakwater.journal.Intent;
import dev.breakwater.journal.IntentState;
import dev.breakwater.journal.JournalEvent;
import dev.breakwater.journal.Transition;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The reconciler on the real stack: intents left behind by a crash are settled by looking their orders
 * up at the simulated broker, orders of ours the journal lacks are adopted, and stream events settle
 * unclear intents. Nothing is ever sent by the reconciler.
 */
class ReconcilerAgainstSimulatorTest {

    private static final OrderSettings SETTINGS = OrderSettings.defaults()
            .withVisibilityGrace(Duration.ofSeconds(2)).withInFlightMargin(Duration.ofSeconds(30));

    private SimStack stack;
    private InMemoryOrderJournal journal;
    private Reconciler reconciler;

    @BeforeEach
    void start() {
        stack = SimStack.start("none");
        journal = new InMemoryOrderJournal(stack.clock);
        reconciler = stack.reconciler(journal, SETTINGS);
    }

    @AfterEach
    void stop() {
        reconciler.close();
        stack.close();
    }

    /** An intent as a crashed run left it: committed SENDING, maybe moved on to {@code state}. */
    private OrderRequest leftBehind(IntentState state, boolean atBroker) {
        OrderRequest request = stack.restingBuy("AAPL", "1").build();
        IntentState initial = state == IntentState.PENDING ? IntentState.PENDING : IntentState.SENDING;
        journal.createIfAbsent("ticket-" + request.clientOrderId(), SimStack.ACCOUNT, request, initial);
        if (state == IntentState.UNKNOWN) {
            journal.transition(request.clientOrderId(), IntentState.SENDING,
                    Transition.to(IntentState.UNKNOWN, AuditKinds.STATE, "timeout"));
        }
        if (atBroker) {
            stack.placeDirectly(request);
        }
        return request;
    }

    private Intent intent(OrderRequest request) {
        return journal.find(request.clientOrderId()).orElseThrow();
    }

    @Test
    void startUpResolvesEveryIntentACrashLeftBehindAndSendsNothing() {
        OrderRequest sendingPlaced = leftBehind(IntentState.SENDING, true);
        OrderRequest unknownPlaced = leftBehind(IntentState.UNKNOWN, true);
        OrderRequest sendingAbsent = leftBehind(IntentState.SENDING, false);
        OrderRequest unknownAbsent = leftBehind(IntentState.UNKNOWN, false);
        OrderRequest pending = leftBehind(IntentState.PENDING, false);
        stack.clock.advance(Duration.ofMinutes(1));
        OrderRequest unknownFresh = leftBehind(IntentState.UNKNOWN, false);
        int ordersBefore = stack.sim.exchange().allOrders().size();

        ReconcileReport report = reconciler.startUp();

        assertThat(report).isEqualTo(new ReconcileReport(2, 3, 0, 1));
        assertThat(intent(sendingPlaced).state()).isEqualTo(IntentState.ACCEPTED);
        assertThat(intent(sendingPlaced).brokerOrderId()).isNotBlank();
        assertThat(intent(sendingPlaced).brokerStatus()).isEqualTo("new");
        assertThat(intent(unknownPlaced).state()).isEqualTo(IntentState.ACCEPTED);
        assertThat(intent(sendingAbsent).state()).isEqualTo(IntentState.NOT_SENT);
        assertThat(intent(unknownAbsent).state()).isEqualTo(IntentState.NOT_SENT);
        assertThat(intent(pending).state()).isEqualTo(IntentState.NOT_SENT);
        assertThat(intent(unknownFresh).state()).as("404 within the grace period proves nothing")
                .isEqualTo(IntentState.UNKNOWN);
        assertThat(stack.sim.exchange().allOrders()).hasSize(ordersBefore);
        assertThat(journal.events(pending.clientOrderId())).last().satisfies(event -> {
            assertThat(event.kind()).isEqualTo(AuditKinds.RECONCILED);
            assertThat(event.detail()).contains("never released");
        });
        assertThat(journal.events(unknownAbsent.clientOrderId())).last().extracting(JournalEvent::detail)
                .asString().contains("broker has no order with this id", "not sent again automatically");
        assertThat(journal.events(unknownFresh.clientOrderId())).last().extracting(JournalEvent::kind)
                .isEqualTo(AuditKinds.RECONCILED);
    }

    @Test
    void aSendingIntentIsGivenTheInFlightMarginBeforeItsAbsenceCounts() {
        OrderRequest sending = leftBehind(IntentState.SENDING, false);
        stack.clock.advance(Duration.ofSeconds(10)); // past the grace, inside the in-flight margin

        assertThat(reconciler.reconcileNow().stillOpen()).isEqualTo(1);
        assertThat(intent(sending).state()).isEqualTo(IntentState.SENDING);

        stack.clock.advance(Duration.ofSeconds(30));
        assertThat(reconciler.reconcileNow().notSent()).isEqualTo(1);
        assertThat(intent(sending).state()).isEqualTo(IntentState.NOT_SENT);
    }

    @Test
    void aFailedLookupLeavesTheIntentUnknownAndNotesItOnce() {
        OrderRequest unknown = leftBehind(IntentState.UNKNOWN, true);
        stack.clock.advance(Duration.ofMinutes(1));
        stack.sim.setFaults("error_rate=1");

        reconciler.reconcileNow();
        reconciler.reconcileNow();

        assertThat(intent(unknown).state()).isEqualTo(IntentState.UNKNOWN);
        assertThat(journal.events(unknown.clientOrderId())).filteredOn(e -> e.kind().equals(AuditKinds.RECONCILED))
                .hasSizeBetween(1, 2) // the broker's error text may differ between rounds
                .allSatisfy(event -> assertThat(event.detail()).contains("lookup by client_order_id failed"));

        // The failures opened the reads breaker, which refuses lookups for a while yet. Once lookups answer
        // again (here: straight to the REST client) the intent is settled.
        stack.sim.setFaults("none");
        Reconciler afterwards = new Reconciler(journal, stack.direct, stack.locks, SimStack.ACCOUNT, stack.clock, SETTINGS);
        assertThat(afterwards.reconcileNow().accepted()).isEqualTo(1);
    }

    @Test
    void anOrderOfOursMissingFromTheJournalIsAdopted() {
        Order orphan = stack.placeDirectly(stack.restingBuy("KO", "3").build());
        Order foreign = stack.placeDirectly(stack.restingBuy("PEP", "1").clientOrderId("manual-123").build());

        ReconcileReport report = reconciler.startUp();

        assertThat(report.adopted()).isEqualTo(1);
        Intent adopted = journal.find(orphan.clientOrderId()).orElseThrow();
        assertThat(adopted.state()).isEqualTo(IntentState.ACCEPTED);
        assertThat(adopted.brokerOrderId()).isEqualTo(orphan.id());
        assertThat(adopted.account()).isEqualTo(SimStack.ACCOUNT);
        assertThat(journal.events(orphan.clientOrderId())).extracting(JournalEvent::kind).contains("RECOVERED");
        assertThat(journal.find(foreign.clientOrderId())).isEmpty();

        assertThat(reconciler.startUp().adopted()).as("adopting is idempotent").isZero();
    }

    @Test
    void theAdoptionScanLooksBackFromTheNewestResolvedIntent() {
        // An orphan older than the newest resolved intent minus the margin is out of the scan's reach:
        // the journal had recorded everything up to then.
        Order old = stack.placeDirectly(stack.restingBuy("KO", "1").build());
        stack.clock.advance(Duration.ofHours(2));
        OrderRequest resolved = leftBehind(IntentState.PENDING, false);
        journal.transition(resolved.clientOrderId(), IntentState.PENDING,
                Transition.to(IntentState.NOT_SENT, AuditKinds.RECONCILED, "test"));

        assertThat(reconciler.startUp().adopted()).isZero();
        assertThat(journal.find(old.clientOrderId())).isEmpty();
    }

    @Test
    void aStreamEventSettlesAnUnknownIntentAndLaterEventsRecordTheStatus() {
        OrderRequest request = leftBehind(IntentState.UNKNOWN, false);
        Order placed = stack.placeDirectly(request);

        reconciler.onTradeUpdate(update(TradeEvent.NEW, placed));

        Intent accepted = intent(request);
        assertThat(accepted.state()).isEqualTo(IntentState.ACCEPTED);
        assertThat(accepted.brokerOrderId()).isEqualTo(placed.id());
        assertThat(journal.events(request.clientOrderId())).last().satisfies(event -> {
            assertThat(event.kind()).isEqualTo(AuditKinds.BROKER_UPDATE);
            assertThat(event.to()).isEqualTo(IntentState.ACCEPTED);
        });

        stack.client.cancelOrder(placed.id());
        reconciler.onTradeUpdate(update(TradeEvent.CANCELED, stack.client.getOrder(placed.id())));
        assertThat(intent(request).brokerStatus()).isEqualTo("canceled");
        assertThat(intent(request).state()).isEqualTo(IntentState.ACCEPTED);
    }

    @Test
    void aStreamEventForAnOrderOfOursTheJournalLacksAdoptsIt() {
        Order orphan = stack.placeDirectly(stack.restingBuy("KO", "3").build());

        reconciler.onTradeUpdate(update(TradeEvent.NEW, orphan));

        assertThat(journal.find(orphan.clientOrderId())).get().extracting(Intent::state).isEqualTo(IntentState.ACCEPTED);
    }

    @Test
    void periodicRoundsTouchTheBrokerOnlyWhileIntentsAreOpen() {
        ManualScheduler scheduler = new ManualScheduler();
        try {
            reconciler.start(scheduler);
            assertThat(scheduler.delaysMillis).containsExactly(SETTINGS.reconcilePeriod().toMillis());

            scheduler.runPeriodic();
            assertThat(stack.apiRequests()).as("nothing open: no broker call").isZero();

            OrderRequest unknown = leftBehind(IntentState.UNKNOWN, true);
            long before = stack.apiRequests();
            scheduler.runPeriodic();
            assertThat(stack.apiRequests()).isEqualTo(before + 1);
            assertThat(intent(unknown).state()).isEqualTo(IntentState.ACCEPTED);
            assertThat(reconciler.hasOpenIntents()).isFalse();

            reconciler.stop();
            leftBehind(IntentState.UNKNOWN, true);
            before = stack.apiRequests();
            scheduler.runPeriodic();
            assertThat(stack.apiRequests()).as("stopped").isEqualTo(before);
        } finally {
            scheduler.shutdownNow();
        }
    }

    @Test
    void anIntentAClickIsWorkingOnIsLeftForTheNextRound() throws Exception {
        OrderRequest unknown = leftBehind(IntentState.UNKNOWN, true);
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread click = new Thread(() -> {
            try (IntentLocks.Held held = stack.locks.lock(unknown.clientOrderId())) {
                locked.countDown();
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        click.start();
        try {
            assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(reconciler.reconcileNow().stillOpen()).isEqualTo(1);
            assertThat(intent(unknown).state()).isEqualTo(IntentState.UNKNOWN);
        } finally {
            release.countDown();
            click.join(10_000);
        }
        assertThat(reconciler.reconcileNow().accepted()).isEqualTo(1);
    }

    private static TradeUpdate update(TradeEvent event, Order order) {
        return new TradeUpdate(event, event.wire(), order, null, OffsetDateTime.now(), null, null, null);
    }
}
