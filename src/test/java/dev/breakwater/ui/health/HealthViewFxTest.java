package dev.breakwater.ui.health;

import static dev.breakwater.broker.EndpointGroup.ORDERS;
import static dev.breakwater.broker.EndpointGroup.READS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.api.FxAssert.verifyThat;
import static org.testfx.matcher.control.LabeledMatchers.hasText;

import atlantafx.base.theme.PrimerDark;
import dev.breakwater.broker.Endpoint;
import dev.breakwater.broker.StreamState;
import dev.breakwater.broker.StreamStatus;
import dev.breakwater.resilience.BreakerState;
import dev.breakwater.resilience.HealthEvent;
import dev.breakwater.testing.MutableClock;
import dev.breakwater.testing.Screenshots;
import dev.breakwater.ui.SameThreadWork;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real FXML panel and strip over a fake feed, headless. The orders breaker is OPEN from the start. */
@ExtendWith(ApplicationExtension.class)
class HealthViewFxTest {

    private static final Instant T0 = Instant.parse("2026-03-02T15:00:00Z");

    private final MutableClock clock = new MutableClock(T0);
    private final FakeHealthFeed feed = new FakeHealthFeed(clock);
    private HealthViewModel vm;
    private Node panel;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet());
        feed.breaker(ORDERS, BreakerState.OPEN, 80f, 0f, 10, 8, 0, 4);
        feed.retries(Endpoint.PLACE_ORDER, 2, 1, 3, 0, Map.of(1, 6L, 2, 4L, 3, 3L, 4, 3L));
        feed.stream = new StreamStatus(StreamState.RECONNECTING, "connection reset", 3, T0.plusSeconds(4), T0, 2, 1);
        feed.recent.add(new HealthEvent.BreakerStateChanged(T0, ORDERS, BreakerState.CLOSED, BreakerState.OPEN));
        vm = new HealthViewModel(feed, clock, Platform::runLater, new SameThreadWork());
        for (int i = 0; i < 60; i++) {
            feed.calls(Endpoint.ACCOUNT, (long) i * i);
            clock.advance(Duration.ofSeconds(1));
            vm.tick();
        }
        HealthView view = HealthView.create(vm);
        panel = view.root();
        BorderPane window = new BorderPane(view.root());
        window.setTop(HealthStripView.create(vm.statusStrip()).root());
        stage.setScene(new Scene(window, 1240, 760));
        stage.show();
    }

    private void onFx(Runnable action) throws Exception {
        WaitForAsyncUtils.asyncFx(action).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void anOpenBreakerShowsOpenWithTheDangerStyle(FxRobot robot) {
        verifyThat("#badgeOrders", hasText("OPEN"));
        assertThat(robot.lookup("#badgeOrders").queryAs(Label.class).getStyleClass()).contains("danger", "health-badge");
        verifyThat("#badgeReads", hasText("CLOSED"));
        assertThat(robot.lookup("#badgeReads").queryAs(Label.class).getStyleClass()).contains("success")
                .doesNotContain("danger");
        verifyThat("#failureRateOrders", hasText("80.0 %"));
        assertThat(robot.lookup("#failureRateOrders").queryAs(Label.class).getStyleClass()).contains("danger");
        verifyThat("#notPermittedOrders", hasText("4"));
        assertThat(robot.lookup("#healthDotOrders").queryAs(Node.class).lookup(".health-dot").getStyleClass())
                .contains("danger");
    }

    @Test
    void forceOpenCallsTheFeedAndLogsTheDrill(FxRobot robot) {
        robot.clickOn("#forceOpenReads");

        assertThat(feed.drills).containsExactly("forceOpen READS");
        assertThat(robot.lookup("#eventLog").queryListView().getItems().get(0).toString())
                .contains("Reads breaker forced open by hand");

        robot.clickOn("#resetOrders");
        assertThat(feed.drills).containsExactly("forceOpen READS", "reset ORDERS");
    }

    @Test
    void aForcedOpenTileIsStripedAndItsForceButtonDisabled(FxRobot robot) throws Exception {
        feed.state(READS, BreakerState.FORCED_OPEN);
        onFx(vm::tick);

        verifyThat("#badgeReads", hasText("FORCED OPEN"));
        assertThat(robot.lookup("#badgeReads").queryAs(Label.class).getStyleClass()).contains("danger", "forced");
        assertThat(robot.lookup("#forceOpenReads").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#forceOpenOrders").queryAs(Button.class).isDisabled()).isFalse();
    }

    @Test
    void theRestOfThePanelIsFilled(FxRobot robot) {
        TableView<RetryRow> table = robot.lookup("#retryTable").queryTableView();
        assertThat(table.getItems()).extracting(RetryRow::name).containsExactly("place_order", "account");
        verifyThat("#streamState", hasText("RECONNECTING"));
        verifyThat("#streamAttempt", hasText("attempt 3"));
        verifyThat("#localLimitText", hasText("30 of 30 permits per 10 s"));
        ListView<EventLogEntry> log = robot.lookup("#eventLog").queryListView();
        assertThat(log.getItems()).extracting(EventLogEntry::kind).contains("breaker");
        assertThat(robot.lookup("#sparkReads").queryAs(Sparkline.class).points()).as("59 points, x and y").hasSize(118);
    }

    @Test
    void savesAScreenshotOfThePanelDuringAnOutage() throws Exception {
        Path file = Screenshots.save(panel.getScene().getRoot(), "health-outage");

        assertThat(file).isNotEmptyFile();
    }
}
