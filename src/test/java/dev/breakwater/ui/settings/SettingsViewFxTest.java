package dev.breakwater.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.api.FxAssert.verifyThat;
import static org.testfx.matcher.base.NodeMatchers.isDisabled;
import static org.testfx.matcher.base.NodeMatchers.isEnabled;
import static org.testfx.matcher.base.NodeMatchers.isVisible;
import static org.testfx.matcher.control.LabeledMatchers.hasText;

import atlantafx.base.theme.PrimerDark;
import dev.breakwater.settings.BrokerMode;
import dev.breakwater.settings.ConsoleSettings;
import dev.breakwater.ui.SameThreadWork;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.PasswordField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class SettingsViewFxTest {

    private final List<ConsoleSettings> stored = new ArrayList<>();

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet());
        ConsoleSettings current = ConsoleSettings.defaults().withBroker(BrokerMode.PAPER)
                .withKeys("PKID", "SECRETSECRETSECRETab12");
        SettingsViewModel vm = new SettingsViewModel(current, stored::add, new SameThreadWork());
        stage.setScene(new Scene(SettingsView.create(vm).root(), 700, 700));
        stage.show();
    }

    @Test
    void saveIsDisabledWhileALimitIsInvalid(FxRobot robot) {
        verifyThat("#saveSettings", isEnabled());

        robot.doubleClickOn("#maxQty").eraseText(4).write("12x");
        verifyThat("#saveSettings", isDisabled());
        verifyThat("#maxQtyError", isVisible());

        robot.eraseText(1);
        verifyThat("#saveSettings", isEnabled());
        robot.clickOn("#saveSettings");

        assertThat(stored).singleElement()
                .satisfies(s -> assertThat(s.precautions().maxQty()).isEqualByComparingTo(new BigDecimal("12")));
        verifyThat("#settingsMessage", hasText("Saved."));
    }

    @Test
    void theSecretFieldIsMaskedEmptyAndSaysWhichSecretIsSaved(FxRobot robot) {
        PasswordField secret = robot.lookup("#secret").queryAs(PasswordField.class);
        assertThat(secret.getText()).isEmpty();
        assertThat(secret.getPromptText()).isEqualTo("saved (ends …ab12)");

        robot.clickOn("#secret").write("NEWSECRETNEWSECRETzz99");
        robot.clickOn("#saveSettings");

        assertThat(stored).singleElement().satisfies(s -> assertThat(s.secretKey()).isEqualTo("NEWSECRETNEWSECRETzz99"));
        assertThat(secret.getText()).isEmpty();
        assertThat(secret.getPromptText()).isEqualTo("saved (ends …zz99)");
        verifyThat("#settingsMessage", hasText("Saved. Broker changes take effect after a restart."));
    }
}
