package dev.breakwater.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.breakwater.domain.OrderRequest;
import dev.breakwater.domain.OrderType;
import dev.breakwater.domain.Side;
import dev.breakwater.domain.TimeInForce;
import dev.breakwater.journal.H2OrderJournal;
import dev.breakwater.journal.IntentState;
import dev.breakwater.journal.Transition;
import dev.breakwater.settings.BrokerMode;
import dev.breakwater.testing.MutableClock;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code breakwater journal list / show / export} on a real H2 journal file filled through the journal
 * interface, as an operator runs them while no console holds the journal; and the messages for a journal
 * that a console holds or that does not exist.
 */
class JournalCommandTest {

    private static final Instant T0 = Instant.parse("2026-03-02T14:00:00Z");

    @TempDir
    Path data;

    private Map<String, String> env;
    private Path journalBase;
    private final MutableClock now = new MutableClock(T0.plus(Duration.ofMinutes(25)));

    @BeforeEach
    void fillThePaperJournal() {
        env = Map.of("XDG_DATA_HOME", data.toString());
        journalBase = data.resolve("breakwater").resolve("journal-paper");
        MutableClock clock = new MutableClock(T0);
        try (H2OrderJournal journal = H2OrderJournal.open("jdbc:h2:file:" + journalBase, clock)) {
            journal.createIfAbsent("ticket-1", "PA-0001", limitBuy("bw-test-a", "AAPL", "10", "187.50"), IntentState.SENDING);
            clock.advance(Duration.ofSeconds(1));
            journal.transition("bw-test-a", IntentState.SENDING,
                    new Transition(IntentState.ACCEPTED, "SENT", "b-0001", "new", false, null, "placed"));
            clock.advance(Duration.ofMinutes(1));
            journal.recordBrokerStatus("bw-test-a", "b-0001", "filled", null);

            clock.set(T0.plus(Duration.ofMinutes(10)));
            OrderRequest notionalSell = OrderRequest.builder().clientOrderId("bw-test-b").symbol("MSFT")
                    .notional(new BigDecimal("250.50")).side(Side.SELL).type(OrderType.MARKET)
                    .timeInForce(TimeInForce.DAY).build();
            journal.createIfAbsent("ticket-2", "PA-0001", notionalSell, IntentState.SENDING);
            clock.advance(Duration.ofSeconds(2));
            journal.transition("bw-test-b", IntentState.SENDING, new Transition(IntentState.UNKNOWN, "STATE", null,
                    null, false, "read timed out", "reply lost, \"read timed out\"\nafter 10 s"));

            clock.set(T0.plus(Duration.ofMinutes(20)));
            journal.createIfAbsent("ticket-3", "PA-0001", limitBuy("bw-test-c", "TSLA", "2", "1.5"), IntentState.PENDING);
        }
    }

    private static OrderRequest limitBuy(String clientOrderId, String symbol, String qty, String limit) {
        return OrderRequest.builder().clientOrderId(clientOrderId).symbol(symbol).qty(qty).side(Side.BUY)
                .type(OrderType.LIMIT).timeInForce(TimeInForce.DAY).limitPrice(limit).build();
    }

    private JournalCommandRun run(String... args) {
        return JournalCommandRun.of(env, now, args);
    }

    private String dataFile() {
        return journalBase + ".mv.db";
    }

    @Test
    void listPrintsEveryIntentNewestFirstThenACountNamingTheJournal() {
        JournalCommandRun run = run("list");

        assertThat(run.exit()).isZero();
        assertThat(run.outLines()).containsExactly(
                "created_at            client_order_id  state     symbol  side  qty     type    broker_order_id  broker_status  attempts",
                "2026-03-02T14:20:00Z  bw-test-c        PENDING   TSLA    buy   2       limit   -                -              0",
                "2026-03-02T14:10:00Z  bw-test-b        UNKNOWN   MSFT    sell  $250.5  market  -                -              1",
                "2026-03-02T14:00:00Z  bw-test-a        ACCEPTED  AAPL    buy   10      limit   b-0001           filled         1",
                "3 intents in " + dataFile());
        assertThat(run.err()).isEmpty();
    }

    @Test
    void listFiltersByStateSinceAndLimit() {
        assertThat(run("list", "--state", "accepted").outLines()).hasSize(3)
                .element(1).asString().matches("2026-03-02T14:00:00Z +bw-test-a +ACCEPTED +AAPL .*");
        assertThat(run("list", "--state", "ACCEPTED").outLines()).last()
                .isEqualTo("1 intent in " + dataFile() + " (state ACCEPTED)");

        // Updated at or after 14:10 (25 minutes on the command's clock minus 15): b (14:10:02) and c.
        JournalCommandRun recent = run("list", "--since", "15m");
        assertThat(recent.outLines().subList(0, 3)).extracting(line -> line.split("  +")[1])
                .containsExactly("client_order_id", "bw-test-c", "bw-test-b");
        assertThat(recent.outLines()).hasSize(4).last()
                .isEqualTo("2 intents in " + dataFile() + " (updated since 2026-03-02T14:10:00Z)");
        assertThat(run("list", "--since", "2026-03-02T14:15:00Z").outLines()).hasSize(3)
                .element(1).asString().contains("bw-test-c");
        assertThat(run("list", "--since", "2026-03-02").outLines()).hasSize(5);
        assertThat(run("list", "--since", "2026-03-03").outLines())
                .containsExactly("0 intents in " + dataFile() + " (updated since 2026-03-03T00:00:00Z)");

        assertThat(run("list", "--limit", "2").outLines()).hasSize(4).last()
                .isEqualTo("2 intents in " + dataFile() + " (limit 2 reached: older intents not shown)");
    }

    @Test
    void badOptionValuesAreUsageErrorsNamingTheOption() {
        JournalCommandRun since = run("list", "--since", "yesterday");
        assertThat(since.exit()).isEqualTo(2);
        assertThat(since.errLines().get(0)).contains("'--since'", "'yesterday' is not a time", "2h");

        JournalCommandRun state = run("list", "--state", "DONE");
        assertThat(state.exit()).isEqualTo(2);
        assertThat(state.errLines().get(0)).contains("'--state'", "'DONE' is not a state", "NOT_SENT");

        JournalCommandRun limit = run("list", "--limit", "0");
        assertThat(limit.exit()).isEqualTo(2);
        assertThat(limit.errLines().get(0)).contains("'--limit'", "at least 1");

        JournalCommandRun sim = run("show", "bw-test-a", "--broker", "sim");
        assertThat(sim.exit()).isEqualTo(2);
        assertThat(sim.errLines().get(0)).contains("--broker sim has no journal");

        assertThat(run().exit()).as("no subcommand").isEqualTo(2);
        assertThat(run("export").exit()).as("--csv is required").isEqualTo(2);
    }

    @Test
    void showPrintsTheIntentAndItsAuditTrailInOrder() {
        JournalCommandRun run = run("show", "bw-test-a");

        assertThat(run.exit()).isZero();
        assertThat(run.outLines()).startsWith(
                "client_order_id  bw-test-a",
                "state            ACCEPTED",
                "symbol           AAPL",
                "side             buy",
                "qty              10",
                "type             limit",
                "time_in_force    day",
                "limit_price      187.5",
                "stop_price       -",
                "order_class      simple",
                "broker_order_id  b-0001",
                "broker_status    filled",
                "attempts         1",
                "last_error       -",
                "ticket_id        ticket-1",
                "account          PA-0001",
                "created_at       2026-03-02T14:00:00Z",
                "updated_at       2026-03-02T14:01:01Z");
        assertThat(run.outLines().get(18)).startsWith("request          {").contains("\"client_order_id\":\"bw-test-a\"");
        assertThat(run.outLines().get(19)).matches("request_sha256   [0-9a-f]{64}");
        assertThat(run.outLines().subList(20, run.outLines().size())).containsExactly(
                "audit trail (3 events):",
                "  #  at                    kind           change               detail",
                "  1  2026-03-02T14:00:00Z  JOURNALED      -> SENDING           journaled and released to the wire",
                "  2  2026-03-02T14:00:01Z  SENT           SENDING -> ACCEPTED  placed",
                "  3  2026-03-02T14:01:01Z  BROKER_UPDATE  -                    broker status filled (order b-0001)");
    }

    @Test
    void showKeepsAMultiLineDetailOnOneLine() {
        JournalCommandRun run = run("show", "bw-test-b", "--broker", "paper");

        assertThat(run.outLines()).contains("notional         $250.5", "last_error       read timed out");
        assertThat(run.outLines()).last().asString()
                .endsWith("STATE      SENDING -> UNKNOWN  reply lost, \"read timed out\" after 10 s");
    }

    @Test
    void showOfAnUnknownIdSaysSoAndExitsOne() {
        JournalCommandRun run = run("show", "bw-nope");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).containsExactly("no intent with client_order_id bw-nope in " + dataFile());
    }

    @Test
    void exportWritesEveryEventAsRfc4180Csv() throws Exception {
        Path csv = data.resolve("audit.csv");

        JournalCommandRun run = run("export", "--csv", csv.toString(), "--journal", journalBase.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.outLines()).containsExactly("exported 6 events to " + csv);
        String text = Files.readString(csv);
        assertThat(text).isEqualTo(String.join("\r\n",
                "sequence,at,client_order_id,kind,from,to,detail",
                "1,2026-03-02T14:00:00Z,bw-test-a,JOURNALED,,SENDING,journaled and released to the wire",
                "2,2026-03-02T14:00:01Z,bw-test-a,SENT,SENDING,ACCEPTED,placed",
                "3,2026-03-02T14:01:01Z,bw-test-a,BROKER_UPDATE,,,broker status filled (order b-0001)",
                "4,2026-03-02T14:10:00Z,bw-test-b,JOURNALED,,SENDING,journaled and released to the wire",
                "5,2026-03-02T14:10:02Z,bw-test-b,STATE,SENDING,UNKNOWN,\"reply lost, \"\"read timed out\"\"\nafter 10 s\"",
                "6,2026-03-02T14:20:00Z,bw-test-c,JOURNALED,,PENDING,journaled") + "\r\n");
    }

    @Test
    void exportSinceTakesOnlyLaterEvents() throws Exception {
        Path csv = data.resolve("recent.csv");

        JournalCommandRun run = run("export", "--csv", csv.toString(), "--since", "2026-03-02T14:10:01Z");

        assertThat(run.outLines()).containsExactly("exported 2 events to " + csv);
        assertThat(Files.readAllLines(csv)).hasSize(4).first().isEqualTo("sequence,at,client_order_id,kind,from,to,detail");
    }

    @Test
    void exportToAFolderThatDoesNotExistFailsWithOneLine() {
        Path csv = data.resolve("no-such-folder").resolve("audit.csv");

        JournalCommandRun run = run("export", "--csv", csv.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.errLines()).singleElement().asString().startsWith("cannot write " + csv + " (NoSuchFileException");
    }

    @Test
    void aJournalHeldByARunningConsoleIsNamedWithWhatToDoAndNoStackTrace() {
        Path csv = data.resolve("held.csv");
        try (H2OrderJournal console = H2OrderJournal.open("jdbc:h2:file:" + journalBase)) {
            for (String[] args : new String[][] {{"list"}, {"show", "bw-test-a"}, {"export", "--csv", csv.toString()}}) {
                JournalCommandRun run = run(args);

                assertThat(run.exit()).as(args[0]).isEqualTo(1);
                assertThat(run.out()).isEmpty();
                assertThat(run.errLines()).as(args[0]).containsExactly("the journal " + dataFile() + " is open in a"
                        + " running Breakwater console (one process at a time); close that console first, or copy the"
                        + " file and pass the copy with --journal");
            }
            assertThat(console.find("bw-test-a")).as("the console's journal still works").isPresent();
        }
        assertThat(csv).doesNotExist();
        assertThat(run("list").exit()).as("once the console is closed").isZero();
    }

    @Test
    void aMissingJournalIsNamedAndNotCreated() {
        Path live = data.resolve("breakwater").resolve("journal-live.mv.db");
        Path elsewhere = data.resolve("elsewhere");

        JournalCommandRun byMode = run("list", "--broker", "live");
        JournalCommandRun byPath = run("show", "bw-test-a", "--journal", elsewhere.toString());
        JournalCommandRun byUrl = run("export", "--csv", data.resolve("x.csv").toString(), "--journal",
                "jdbc:h2:file:" + elsewhere + ";WRITE_DELAY=0");

        assertThat(byMode.exit()).isEqualTo(1);
        assertThat(byMode.errLines()).containsExactly("no journal at " + live + " (none was created): the console"
                + " creates it on its first start in that mode; pass --journal for another file");
        assertThat(byPath.exit()).isEqualTo(1);
        assertThat(byPath.errLines()).singleElement().asString().startsWith("no journal at " + elsewhere + ".mv.db (none");
        assertThat(byUrl.exit()).isEqualTo(1);
        assertThat(byUrl.errLines()).singleElement().asString().startsWith("no journal at " + elsewhere + ".mv.db (none");
        assertThat(live).doesNotExist();
        assertThat(Path.of(elsewhere + ".mv.db")).doesNotExist();
        assertThat(data.resolve("x.csv")).doesNotExist();
    }

    @Test
    void theConsolesJournalIsNamedAsTheConsoleNamesIt() throws java.io.IOException {
        Map<String, String> keys = Map.of("APCA_API_KEY_ID", "id", "APCA_API_SECRET_KEY", "secret",
                "XDG_DATA_HOME", data.toString(), "XDG_CONFIG_HOME", data.resolve("config").toString());
        for (BrokerMode mode : new BrokerMode[] {BrokerMode.PAPER, BrokerMode.LIVE}) {
            Configuration config = Configuration.resolve(Map.of(ConfigOption.BROKER, mode.name()), keys);
            String console = ConsoleTarget.resolve(config).journal();
            assertThat(JournalFile.ofConsole(mode, config.dataDir()).url()).isEqualTo(console);
        }
    }

    @Test
    void registeredUnderTheBreakwaterCommand() {
        StringWriter out = new StringWriter();
        CommandLine line = new CommandLine(new BreakwaterCommand(launch -> { }));
        line.setOut(new PrintWriter(out, true));

        assertThat(line.execute("journal", "--help")).isZero();
        assertThat(out.toString()).contains("Usage: breakwater journal", "list", "show", "export", "reconcile");
    }
}
