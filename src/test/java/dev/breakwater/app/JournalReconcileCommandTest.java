package dev.breakwater.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.breakwater.broker.alpaca.AlpacaConfig;
import dev.breakwater.broker.alpaca.AlpacaRestClient;
import dev.breakwater.domain.ClientOrderIds;
import dev.breakwater.domain.Order;
import dev.breakwater.domain.OrderRequest;
import dev.breakwater.domain.OrderType;
import dev.breakwater.domain.Side;
import dev.breakwater.domain.TimeInForce;
import dev.breakwater.journal.H2OrderJournal;
import dev.breakwater.journal.Intent;
import dev.breakwater.journal.IntentState;
import dev.breakwater.journal.Transition;
import dev.breakwater.sim.SimulatedBroker;
import dev.breakwater.testing.MutableClock;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code breakwater journal reconcile} against an in-process simulated broker, keys from the (injected)
 * environment as the console reads them: a SENDING intent whose order the broker has becomes ACCEPTED, a
 * PENDING one NOT_SENT, and one the broker lacks too recently to be sure stays open and is listed.
 */
class JournalReconcileCommandTest {

    @TempDir
    Path data;

    private SimulatedBroker sim;
    private Map<String, String> env;
    private Path journalBase;
    private Path configDir;
    private final ClientOrderIds ids = ClientOrderIds.create();

    @BeforeEach
    void start() {
        sim = SimulatedBroker.builder().build().start();
        env = Map.of(AlpacaConfig.ENV_KEY_ID, SimulatedBroker.DEMO_KEY_ID, AlpacaConfig.ENV_SECRET_KEY,
                SimulatedBroker.DEMO_SECRET, "XDG_DATA_HOME", data.toString());
        journalBase = data.resolve("journal");
        configDir = data.resolve("config"); // no settings file: keys and URL come from env and flags
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    private OrderRequest restingBuy() {
        return OrderRequest.builder().clientOrderId(ids.next()).symbol("AAPL").qty("1").side(Side.BUY)
                .type(OrderType.LIMIT).limitPrice("1.00").timeInForce(TimeInForce.DAY).build();
    }

    private JournalCommandRun reconcile(String... more) {
        String[] args = new String[] {"reconcile", "--broker", "paper", "--broker-url", sim.baseUrl(),
            "--journal", journalBase.toString(), "--config-dir", configDir.toString()};
        String[] all = Arrays.copyOf(args, args.length + more.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return JournalCommandRun.of(env, Clock.systemUTC(), all);
    }

    @Test
    void aSendingIntentWhoseOrderTheBrokerHasIsRecordedAccepted() {
        OrderRequest placed = restingBuy();
        OrderRequest pending = restingBuy();
        OrderRequest unknown = restingBuy();
        // Journaled an hour ahead of the reconciler's clock: a 404 for `unknown` cannot be believed yet.
        MutableClock journalClock = new MutableClock(Instant.now().plus(Duration.ofHours(1)));
        try (H2OrderJournal journal = H2OrderJournal.open("jdbc:h2:file:" + journalBase, journalClock)) {
            journal.createIfAbsent("t-1", "PA-SIM", placed, IntentState.SENDING);
            journal.createIfAbsent("t-2", "PA-SIM", pending, IntentState.PENDING);
            journal.createIfAbsent("t-3", "PA-SIM", unknown, IntentState.SENDING);
            journal.transition(unknown.clientOrderId(), IntentState.SENDING,
                    Transition.to(IntentState.UNKNOWN, "STATE", "reply lost"));
        }
        Order atBroker;
        try (AlpacaRestClient direct = new AlpacaRestClient(new AlpacaConfig(sim.baseUrl(), sim.keyId(), sim.secret()))) {
            atBroker = direct.placeOrder(placed);
        }
        int ordersBefore = sim.exchange().allOrders().size();

        JournalCommandRun run = reconcile();

        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).isZero();
        assertThat(run.outLines()).hasSize(6);
        assertThat(run.outLines().get(0)).matches("reconciled " + Pattern.quote(journalBase + ".mv.db")
                + " against paper account \\S+ at " + Pattern.quote(sim.baseUrl()));
        assertThat(run.outLines().subList(1, 4)).containsExactly(
                "accepted=1 not_sent=1 adopted=0 still_open=1",
                "still open: a 404 counts only 5 min after an intent was committed SENDING (2 s after an attempt"
                        + " ended UNKNOWN), or the lookup failed; run again later",
                "unresolved intents: 1");
        assertThat(run.outLines().get(4)).startsWith("  created_at ");
        assertThat(run.outLines().get(5)).matches("  \\S+Z  " + unknown.clientOrderId() + "  UNKNOWN +AAPL +buy +1 +limit .*");
        assertThat(sim.exchange().allOrders()).as("reconcile sends nothing").hasSize(ordersBefore);
        try (H2OrderJournal journal = H2OrderJournal.open("jdbc:h2:file:" + journalBase)) {
            Intent accepted = journal.find(placed.clientOrderId()).orElseThrow();
            assertThat(accepted.state()).isEqualTo(IntentState.ACCEPTED);
            assertThat(accepted.brokerOrderId()).isEqualTo(atBroker.id());
            assertThat(journal.find(pending.clientOrderId()).orElseThrow().state()).isEqualTo(IntentState.NOT_SENT);
            assertThat(journal.find(unknown.clientOrderId()).orElseThrow().state()).isEqualTo(IntentState.UNKNOWN);
        }
    }

    @Test
    void aHeldOrMissingJournalStopsBeforeTheBrokerIsAsked() {
        long requestsBefore = sim.stats().apiRequests();

        JournalCommandRun missing = reconcile();
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.errLines()).singleElement().asString().startsWith("no journal at " + journalBase + ".mv.db");

        try (H2OrderJournal console = H2OrderJournal.open("jdbc:h2:file:" + journalBase)) {
            JournalCommandRun held = reconcile();
            assertThat(held.exit()).isEqualTo(1);
            assertThat(held.errLines()).singleElement().asString()
                    .startsWith("the journal " + journalBase + ".mv.db is open in a running Breakwater console");
        }
        assertThat(sim.stats().apiRequests()).isEqualTo(requestsBefore);
    }

    @Test
    void theSimulatorModeHasNothingToReconcile() {
        JournalCommandRun explicit = JournalCommandRun.of(env, Clock.systemUTC(), "reconcile", "--broker", "sim",
                "--config-dir", configDir.toString());
        JournalCommandRun nothingConfigured = JournalCommandRun.of(Map.of("XDG_DATA_HOME", data.toString()),
                Clock.systemUTC(), "reconcile", "--config-dir", configDir.toString());

        for (JournalCommandRun run : new JournalCommandRun[] {explicit, nothingConfigured}) {
            assertThat(run.exit()).isZero();
            assertThat(run.outLines()).singleElement().asString()
                    .startsWith("nothing to reconcile: the simulator mode keeps no journal between runs");
        }
    }

    @Test
    void paperWithoutKeysSaysWhichKeysToSet() {
        JournalCommandRun run = JournalCommandRun.of(Map.of("XDG_DATA_HOME", data.toString()), Clock.systemUTC(),
                "reconcile", "--broker", "paper", "--config-dir", configDir.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.errLines()).singleElement().asString()
                .contains("paper trading needs API keys", "APCA_API_KEY_ID", "APCA_API_SECRET_KEY");
    }
}
