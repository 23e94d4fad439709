package dev.breakwater.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.breakwater.broker.Broker;
import dev.breakwater.broker.alpaca.AlpacaConfig;
import dev.breakwater.broker.alpaca.AlpacaRestClient;
import dev.breakwater.domain.ClientOrderIds;
import dev.breakwater.domain.Order;
import dev.breakwater.journal.H2OrderJournal;
import dev.breakwater.journal.Intent;
import dev.breakwater.journal.IntentState;
import dev.breakwater.orders.BrokerOrders;
import dev.breakwater.orders.IntentLocks;
import dev.breakwater.orders.LedgerAudit;
import dev.breakwater.orders.OrderSettings;
import dev.breakwater.orders.ReconcileReport;
import dev.breakwater.orders.Reconciler;
import dev.breakwater.resilience.Resilience;
import dev.breakwater.resilience.ResilienceSettings;
import dev.breakwater.sim.FaultPlan;
import dev.breakwater.sim.SimulatedBroker;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The crash test: a child JVM submits orders (the soak, with its real order path) against a simulator
 * in this JVM and is killed with SIGKILL at a random moment, ten times over one journal. After every
 * kill a fresh reconciler (as a restarted console would run) settles the journal, and then the
 * simulator's orders must be exactly the journal's ACCEPTED intents: none placed twice, none the journal
 * does not know, none left unresolved.
 */
class CrashRecoveryTest {

    private static final int KILLS = 10;
    private static final OffsetDateTime BEGINNING = OffsetDateTime.parse("2000-01-01T00:00:00Z");

    @TempDir
    Path folder;

    private SimulatedBroker sim;
    private Process child;

    @BeforeEach
    void startBroker() {
        // Lost replies and delayed visibility, the faults that tempt a second order; no rate limit.
        sim = SimulatedBroker.builder().seed(11).rateLimit(0)
                .faults("drop_after_accept=0.1,slow_reply_rate=0.05,slow_reply_ms=1500,error_rate=0.05,"
                        + "delayed_visibility_ms=200,malformed_rate=0.02")
                .build().start();
    }

    @AfterEach
    void stop() {
        if (child != null) {
            child.destroyForcibly();
        }
        sim.close();
    }

    @Test
    void killedAtRandomMomentsTheJournalAndTheBrokerStillAgree() throws Exception {
        String journalUrl = "jdbc:h2:file:" + folder.resolve("journal");
        Random random = new Random(2026);
        int placedBefore = 0;
        for (int round = 1; round <= KILLS; round++) {
            runChildAndKill(journalUrl, 200 + random.nextInt(1_300));
            LedgerAudit.Result audit = reconcileAndAudit(journalUrl);

            assertThat(audit.duplicates()).as("round %d: duplicates", round).isZero();
            assertThat(audit.lost()).as("round %d: lost (orphans or accepted missing)", round).isZero();
            assertThat(audit.unknown()).as("round %d: unresolved", round).isZero();
            placedBefore = audit.brokerOrders();
        }
        assertThat(placedBefore).as("the children placed orders at all").isPositive();
    }

    private void runChildAndKill(String journalUrl, long millisAfterStart) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(), "soak",
                "--orders", "100000", "--concurrency", "4", "--call-timeout-ms", "1000",
                "--broker-url", sim.baseUrl(), "--journal", journalUrl)
                .redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        String line;
        do {
            line = out.readLine();
            assertThat(line).as("the child reached its first clicks").isNotNull();
        } while (!line.startsWith("soak: start-up reconcile"));
        Thread drain = new Thread(() -> out.lines().forEach(ignored -> { }), "child-output");
        drain.setDaemon(true);
        drain.start();
        assertThat(child.waitFor(millisAfterStart, TimeUnit.MILLISECONDS)).as("still submitting when killed").isFalse();
        child.destroyForcibly(); // SIGKILL: no shutdown hook, no clean close of the journal
        assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();
    }

    /** What a restarted console does first: reconcile; then compare everything at the broker with the journal. */
    private LedgerAudit.Result reconcileAndAudit(String journalUrl) throws InterruptedException {
        OrderSettings settings = OrderSettings.defaults().withInFlightMargin(Duration.ofSeconds(2))
                .withVisibilityGrace(Duration.ofMillis(500));
        try (H2OrderJournal journal = H2OrderJournal.open(journalUrl);
             AlpacaRestClient client = new AlpacaRestClient(new AlpacaConfig(sim.baseUrl(), sim.keyId(), sim.secret(),
                     Duration.ofSeconds(2), Duration.ofSeconds(2)))) {
            Broker broker = Resilience.create(ResilienceSettings.defaults(), new SimpleMeterRegistry()).decorate(client);
            Reconciler reconciler = new Reconciler(journal, broker, new IntentLocks(), sim.exchange().account().accountNumber(),
                    Clock.systemUTC(), settings);
            ReconcileReport report = reconciler.startUp();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (report.stillOpen() > 0 && System.nanoTime() < deadline) {
                TimeUnit.MILLISECONDS.sleep(250);
                report = reconciler.reconcileNow();
            }
            // The broker's absence is believed only after the visibility grace, for the list as for lookups.
            TimeUnit.MILLISECONDS.sleep(settings.visibilityGrace().toMillis());
            // The audit wants the broker's truth, not a test of resilience: read it fault-free and directly,
            // so a breaker opened by the faults (or by a loaded machine's slow calls) cannot refuse the read.
            FaultPlan faults = sim.faults();
            sim.setFaults(FaultPlan.NONE);
            List<Order> atBroker;
            try {
                atBroker = BrokerOrders.since(client, BEGINNING);
            } finally {
                sim.setFaults(faults);
            }
            List<Intent> intents = journal.list(null, null, Integer.MAX_VALUE);

            Set<String> placed = atBroker.stream().map(Order::clientOrderId).filter(ClientOrderIds::isOurs)
                    .collect(Collectors.toSet());
            Set<String> accepted = intents.stream().filter(intent -> intent.state() == IntentState.ACCEPTED)
                    .map(Intent::clientOrderId).collect(Collectors.toSet());
            assertThat(placed).as("the broker's orders are the journal's ACCEPTED intents").isEqualTo(accepted);
            return LedgerAudit.audit(new ArrayList<>(atBroker), intents);
        }
    }
}
