package dev.breakwater.orders;

import static org.assertj.core.api.Assertions.assertThat;

import dev.breakwater.journal.H2OrderJournal;
import dev.breakwater.journal.IntentState;
import dev.breakwater.journal.JournalServer;
import dev.breakwater.sim.SimOrder;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Desk mode: two consoles share one journal through an H2 TCP server on loopback and race the same
 * ticket. Each console has its own in-process locks (as two processes would), so only the journal's
 * primary key and compare-and-set stand between them and a second order.
 */
class DeskModeTest {

    private static final int RACES = 25;

    @TempDir
    Path folder;

    @Test
    void twoConsolesRacingOneTicketPlaceOneOrderWithOnePost() throws Exception {
        try (SimStack stack = SimStack.start("none");
             JournalServer server = JournalServer.start(folder);
             H2OrderJournal deskA = H2OrderJournal.open(server.jdbcUrl());
             H2OrderJournal deskB = H2OrderJournal.open(server.jdbcUrl())) {
            OrderService consoleA = new OrderService(deskA, stack.broker, new IntentLocks(), stack.clock, OrderSettings.defaults());
            OrderService consoleB = new OrderService(deskB, stack.broker, new IntentLocks(), stack.clock, OrderSettings.defaults());
            ExecutorService clicks = Executors.newFixedThreadPool(2);
            try {
                for (int race = 0; race < RACES; race++) {
                    Ticket ticket = stack.ticket("KO", "1");
                    CountDownLatch go = new CountDownLatch(1);
                    Future<SubmitOutcome> a = clicks.submit(() -> {
                        go.await();
                        return consoleA.submit(ticket);
                    });
                    Future<SubmitOutcome> b = clicks.submit(() -> {
                        go.await();
                        return consoleB.submit(ticket);
                    });
                    go.countDown();
                    List<SubmitOutcome> outcomes = List.of(a.get(30, TimeUnit.SECONDS), b.get(30, TimeUnit.SECONDS));

                    assertThat(stack.ordersAtBroker(ticket.clientOrderId())).as("race %d: orders at the broker", race)
                            .isEqualTo(1);
                    assertThat(outcomes).as("race %d: no click claims to have failed", race)
                            .allSatisfy(outcome -> assertThat(outcome).isInstanceOfAny(SubmitOutcome.Accepted.class,
                                    SubmitOutcome.Unknown.class));
                    assertThat(deskA.find(ticket.clientOrderId())).get()
                            .satisfies(intent -> assertThat(intent.attempts()).isEqualTo(1));
                }
            } finally {
                clicks.shutdownNow();
            }
            long posts = stack.sim.exchange().allOrders().stream().map(SimOrder::clientOrderId).distinct().count();
            assertThat(posts).isEqualTo(RACES);
            assertThat(stack.sim.stats().replies(422)).as("no second POST met the duplicate check").isZero();
            assertThat(deskB.list(IntentState.ACCEPTED, null, 100).size() + deskB.list(IntentState.SENDING, null, 100).size())
                    .isEqualTo(RACES);
        }
    }
}
