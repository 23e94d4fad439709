package dev.breakwater.ui.chaos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.api.FxAssert.verifyThat;
import static org.testfx.matcher.base.NodeMatchers.isDisabled;
import static org.testfx.matcher.base.NodeMatchers.isEnabled;
import static org.testfx.matcher.control.LabeledMatchers.hasText;

import atlantafx.base.theme.PrimerDark;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ChaosViewFxTest {

    private final FakeChaosControl control = new FakeChaosControl();
    private ChaosViewModel vm;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet());
        vm = new ChaosViewModel(control);
        stage.setScene(new Scene(ChaosView.create(vm).root(), 800, 800));
        stage.show();
    }

    @Test
    void theOutageToggleAppliesAtOnceAndEndsIt(FxRobot robot) {
        robot.clickOn("#outage");

        assertThat(control.current.outage()).isTrue();
        verifyThat("#outage", hasText("OUTAGE ON: click to end it"));
        assertThat(robot.lookup("#chaosSummary").queryLabeled().getText()).startsWith("OUTAGE");

        robot.clickOn("#outage");
        assertThat(control.current.outage()).isFalse();
        assertThat(control.applied).hasSize(2);
    }

    @Test
    void applyIsEnabledByAnEditAndSendsIt(FxRobot robot) throws Exception {
        verifyThat("#applyChaos", isDisabled());
        verifyThat("#calm", isDisabled());

        WaitForAsyncUtils.asyncFx(() -> vm.latencyMsProperty().set(300)).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        verifyThat("#applyChaos", isEnabled());
        robot.clickOn("#applyChaos");

        assertThat(control.current.latencyMs()).isEqualTo(300);
        verifyThat("#chaosSummary", hasText("latency 300 ms"));
        verifyThat("#applyChaos", isDisabled());
    }

    @Test
    void presetButtonsAndCalm(FxRobot robot) {
        robot.clickOn("#preset-flaky");
        assertThat(control.current).isEqualTo(FakeChaosControl.FLAKY);
        assertThat(robot.lookup("#latencyMs").queryAs(javafx.scene.control.Spinner.class).getValue()).isEqualTo(20);

        robot.clickOn("#calm");
        assertThat(control.current).isEqualTo(ChaosSettings.CALM);
    }
}
