package dev.breakwater.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.api.FxAssert.verifyThat;
import static org.testfx.matcher.control.LabeledMatchers.hasText;

import dev.breakwater.broker.EndpointGroup;
import dev.breakwater.domain.OrderStatus;
import dev.breakwater.domain.OrderType;
import dev.breakwater.resilience.BreakerSettings;
import dev.breakwater.resilience.BreakerState;
import dev.breakwater.resilience.ResilienceSettings;
import dev.breakwater.settings.BrokerMode;
import dev.breakwater.sim.FaultPlan;
import dev.breakwater.sim.SimulatedBroker;
import dev.breakwater.testing.Screenshots;
import dev.breakwater.ui.OrderRow;
import dev.breakwater.ui.main.MainViewModel;
import dev.breakwater.ui.ticket.OrderTicketViewModel;
import dev.breakwater.ui.ticket.TicketState;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole console on its embedded simulator, headless: the window a trader gets from
 * {@code mvn javafx:run} with no keys, driven through its screens. One console for the class (start-up
 * costs seconds); the tests run in order and each leaves the console usable for the next.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleWindowFxTest {

    /** Outage drills need the breaker's open period short; the thresholds stay the production ones. */
    private static final ResilienceSettings FAST_RECOVERY = ResilienceSettings.defaults()
            .withAllBreakers(BreakerSettings.defaults().withWaitDurationInOpenState(Duration.ofSeconds(5)));
    private static final Set<TicketState> SETTLED = EnumSet.of(TicketState.ACCEPTED, TicketState.REJECTED,
            TicketState.UNKNOWN, TicketState.NOT_SENT, TicketState.CONFLICT, TicketState.JOURNAL_FAILURE);

    private static ConsoleWindow window;
    private static Stage stage;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void openConsole(@org.junit.jupiter.api.io.TempDir Path home) throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        Map<String, String> env = Map.of("XDG_DATA_HOME", home.resolve("data").toString());
        FxToolkit.setupStage(primary -> {
            window = new ConsoleWindow(primary, new ConsoleLaunch(BrokerMode.SIM, null, home.resolve("config")), env,
                    new SimpleMeterRegistry(), FAST_RECOVERY);
            window.open();
        });
        await(Duration.ofSeconds(60), () -> window.model().phaseProperty().get() != MainViewModel.Phase.STARTING);
        assertThat(window.model().phaseProperty().get()).as(window.model().statusProperty().get())
                .isEqualTo(MainViewModel.Phase.READY);
    }

    @AfterAll
    static void closeConsole() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            window.close();
            stage.hide();
        }).get(60, TimeUnit.SECONDS);
    }

    @Test
    @Order(1)
    void withoutKeysItRunsOnTheSimulatorAndSaysSo() throws Exception {
        verifyThat("#modeBadge", hasText("SIMULATED"));
        assertThat(onFx(() -> stage.getTitle())).isEqualTo("Breakwater " + BuildVersion.version());
        assertThat(window.session().simulator()).isPresent();
        assertThat(onFx(() -> window.main().lowerTabs().getTabs().stream().map(tab -> tab.getId()).toList()))
                .contains(ConsoleScreens.TAB_CHAOS, ConsoleScreens.TAB_HEALTH, ConsoleScreens.TAB_JOURNAL);
    }

    @Test
    @Order(2)
    void submitFromTheTicketPlacesOneOrderAtTheSimulatorAndTheBlotterFollowsItsFill() throws Exception {
        OrderTicketViewModel ticket = window.screens().ticket;
        robot.clickOn(node("#symbolField")).write("AAPL");
        onFx(() -> {
            ticket.typeProperty().set(OrderType.MARKET);
            return null;
        });
        TextField qty = (TextField) node("#qtyField");
        robot.doubleClickOn(qty).write("7");
        robot.clickOn(node("#submitButton"));
        await(Duration.ofSeconds(5), () -> ticket.stateProperty().get() == TicketState.REVIEW);
        robot.clickOn(node("#submitButton"));
        await(Duration.ofSeconds(30), () -> SETTLED.contains(ticket.stateProperty().get()));

        assertThat(ticket.stateProperty().get()).as(ticket.stateMessageProperty().get()).isEqualTo(TicketState.ACCEPTED);
        String id = ticket.clientOrderIdProperty().get();
        assertThat(ordersAtSimulator(id)).isEqualTo(1);
        await(Duration.ofSeconds(30), () -> blotterStatus(id) == OrderStatus.FILLED);
    }

    @Test
    @Order(3)
    void aReClickAfterALostReplyStillYieldsExactlyOneOrder() throws Exception {
        OrderTicketViewModel ticket = window.screens().ticket;
        SimulatedBroker sim = window.session().sim;
        // Every placement lands but its reply is lost, lookups cannot see the order for a minute, and the
        // trade stream stays silent: nothing can tell the console what became of the order.
        sim.setFaults(FaultPlan.NONE.with(FaultPlan.DROP_AFTER_ACCEPT, "1")
                .with(FaultPlan.DELAYED_VISIBILITY_MS, "60000").with(FaultPlan.STREAM_SILENCE_AFTER_S, "1"));
        String id = place(ticket, "MSFT", "3");
        assertThat(ticket.stateProperty().get()).as(ticket.stateMessageProperty().get())
                .isEqualTo(TicketState.UNKNOWN);
        verifyThat("#stateMessage", node -> ((javafx.scene.control.Labeled) node).getText().contains("resolving"));

        robot.clickOn(node("#submitButton")); // the trader clicks again while the outcome is unknown
        await(Duration.ofSeconds(30), () -> ticket.stateProperty().get() != TicketState.SENDING);
        sim.setFaults(FaultPlan.NONE);
        robot.clickOn(node("#submitButton")); // and again once the broker answers lookups
        await(Duration.ofSeconds(30), () -> ticket.stateProperty().get() == TicketState.ACCEPTED);

        assertThat(ticket.clientOrderIdProperty().get()).isEqualTo(id);
        assertThat(ordersAtSimulator(id)).as("orders with the ticket's client_order_id").isEqualTo(1);
        assertThat(ticket.stateMessageProperty().get()).containsIgnoringCase("already placed");
    }

    @Test
    @Order(4)
    void anOutageOpensTheOrdersBreakerAndTheBannerAndBothClearAfterwards() throws Exception {
        OrderTicketViewModel ticket = window.screens().ticket;
        SimulatedBroker sim = window.session().sim;
        sim.setFaults(FaultPlan.OUTAGE);
        for (int i = 1; i <= 3 && ordersBreaker() != BreakerState.OPEN; i++) {
            assertThat(place(ticket, "NVDA", Integer.toString(i))).isNotNull();
            // Refused connections prove nothing was sent; a keep-alive connection cut mid-request does not.
            assertThat(ticket.stateProperty().get()).isIn(TicketState.NOT_SENT, TicketState.UNKNOWN);
        }
        onFx(() -> {
            window.main().selectTab(ConsoleScreens.TAB_HEALTH);
            return null;
        });
        await(Duration.ofSeconds(10), () -> "OPEN".equals(text("#badgeOrders")));
        // Shown once the channel has been down for the debounce (the stream may add its own line).
        await(Duration.ofSeconds(10), () -> window.main().banner().isShowing()
                && window.main().banner().getText().startsWith("Orders paused"));
        Screenshots.save(window.main().root(), "console-outage");
        Screenshots.save(window.main().lowerTabs(), "health-panel-outage");

        sim.setFaults(FaultPlan.NONE);
        // After the open period the breaker lets trial orders through; three successes close it.
        await(Duration.ofSeconds(20), () -> ordersBreaker() == BreakerState.HALF_OPEN);
        for (int i = 1; i <= 3 && ordersBreaker() != BreakerState.CLOSED; i++) {
            place(ticket, "NVDA", Integer.toString(10 + i));
            assertThat(ticket.stateProperty().get()).as(ticket.stateMessageProperty().get())
                    .isEqualTo(TicketState.ACCEPTED);
        }
        await(Duration.ofSeconds(10), () -> "CLOSED".equals(text("#badgeOrders")));
        // The banner also names a stream that is not live yet: the stream reconnects on its own backoff (at
        // most 30 s between attempts, after its breaker's 15 s open wait), which the outage may have run up.
        await(Duration.ofSeconds(50), () -> !window.main().banner().isShowing());
    }

    @Test
    @Order(5)
    void screenshotsOfTheMainWindowInDarkAndLight() throws Exception {
        onFx(() -> {
            window.main().selectTab(ConsoleScreens.TAB_POSITIONS);
            return null;
        });
        robot.clickOn(node("#allTab"));
        await(Duration.ofSeconds(30), () -> !window.screens().feed.positions().isEmpty()
                && !window.main().banner().isShowing());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Screenshots.save(window.main().root(), "main-dark")).isNotEmptyFile();
        robot.clickOn(node("#themeToggle"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.model().darkThemeProperty().get()).isFalse();
        assertThat(Screenshots.save(window.main().root(), "main-light")).isNotEmptyFile();
        robot.clickOn(node("#themeToggle"));
    }

    private String place(OrderTicketViewModel ticket, String symbol, String qty) throws Exception {
        onFx(() -> {
            ticket.newTicket();
            ticket.symbolProperty().set(symbol);
            ticket.typeProperty().set(OrderType.MARKET);
            ticket.qtyProperty().set(qty);
            return null;
        });
        for (int clicks = 0; clicks < 4 && !SETTLED.contains(onFx(() -> ticket.stateProperty().get()))
                && onFx(() -> ticket.stateProperty().get()) != TicketState.SENDING; clicks++) {
            onFx(() -> {
                ticket.submit(); // submit, then confirm the review (and any question on the way)
                return null;
            });
        }
        await(Duration.ofSeconds(60), () -> SETTLED.contains(ticket.stateProperty().get()));
        return onFx(() -> ticket.clientOrderIdProperty().get());
    }

    private static long ordersAtSimulator(String clientOrderId) {
        return window.session().sim.exchange().allOrders().stream()
                .filter(order -> clientOrderId.equals(order.clientOrderId())).count();
    }

    private static OrderStatus blotterStatus(String clientOrderId) {
        return window.screens().feed.orderRows().stream()
                .filter(row -> clientOrderId.equals(row.clientOrderIdProperty().get()))
                .map(OrderRow::order).map(order -> order.status()).findFirst().orElse(null);
    }

    private static BreakerState ordersBreaker() {
        return window.session().stack.health.snapshot().breaker(EndpointGroup.ORDERS).state();
    }

    private String text(String query) {
        try {
            return onFx(() -> robot.lookup(query).queryLabeled().getText());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A node found on the FX thread: TestFX looks up from the calling thread, and the scene graph it walks
     * changes under it while the blotter and health screens update (an IndexOutOfBoundsException in a full run).
     */
    private Node node(String query) throws Exception {
        return onFx(() -> robot.lookup(query).query());
    }

    private static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(30, TimeUnit.SECONDS);
    }

    /** Polls {@code condition} on the FX thread until it holds (fails the test after {@code limit}). */
    private static void await(Duration limit, Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS, () -> onFx(condition));
    }
}
