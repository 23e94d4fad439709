package dev.breakwater.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.breakwater.broker.alpaca.AlpacaConfig;
import dev.breakwater.resilience.ResilienceSettings;
import dev.breakwater.settings.BrokerMode;
import dev.breakwater.sim.SimulatedBroker;
import dev.breakwater.ui.main.MainViewModel;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Live mode is gated by typing the account number. The "live" broker here is a simulator on loopback
 * given as {@code --broker-url}: the gate is the console's, whatever answers behind it.
 */
class ConsoleLiveModeFxTest {

    @TempDir
    Path home;
    private SimulatedBroker broker;
    private ConsoleWindow window;
    private Stage stage;
    private final FxRobot robot = new FxRobot();

    @BeforeEach
    void startBrokerAndConsole() throws Exception {
        broker = SimulatedBroker.builder().build().start();
        Map<String, String> env = Map.of(AlpacaConfig.ENV_KEY_ID, broker.keyId(),
                AlpacaConfig.ENV_SECRET_KEY, broker.secret(), "XDG_DATA_HOME", home.resolve("data").toString());
        stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(primary -> {
            window = new ConsoleWindow(primary, new ConsoleLaunch(BrokerMode.LIVE, broker.baseUrl(),
                    home.resolve("config")), env, new SimpleMeterRegistry(), ResilienceSettings.defaults());
            window.open();
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#liveAccountConfirm").tryQuery().isPresent());
    }

    @AfterEach
    void closeAll() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            window.close();
            stage.hide();
        }).get(60, TimeUnit.SECONDS);
        broker.close();
    }

    @Test
    void withoutTheAccountNumberLiveTradingDoesNotStart() throws Exception {
        assertThat(onFx(() -> window.model().badgeTextProperty().get())).isEqualTo("LIVE");
        robot.clickOn("#liveAccountConfirm").write("PA3WRONG");
        assertThat(robot.lookup("#confirmLive").query().isDisabled()).as("start enabled by a wrong number").isTrue();
        robot.clickOn("#cancelLive");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> onFx(() -> window.model().phaseProperty().get()) == MainViewModel.Phase.FAILED);
        assertThat(onFx(() -> window.model().statusProperty().get())).contains("Live trading was not confirmed");
        assertThat(onFx(() -> window.screens())).as("no screens, no ticket").isNull();
        assertThat(broker.stats().stream().maxConcurrent()).as("no stream was opened").isZero();
        assertThat(broker.exchange().allOrders()).isEmpty();
    }

    @Test
    void typingTheAccountNumberStartsLiveTradingUnderARedBadge() throws Exception {
        String account = onFx(() -> window.session().account());
        robot.clickOn("#liveAccountConfirm").write(account);
        Node start = robot.lookup("#confirmLive").query();
        assertThat(start.isDisabled()).isFalse();
        robot.clickOn(start);

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> onFx(() -> window.model().phaseProperty().get()) == MainViewModel.Phase.READY);
        assertThat(robot.lookup("#modeBadge").queryLabeled().getText()).isEqualTo("LIVE");
        assertThat(robot.lookup("#modeBadge").query().getStyleClass()).contains("live");
        assertThat(onFx(() -> window.screens().ticket)).isNotNull();
    }

    private static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(30, TimeUnit.SECONDS);
    }
}
