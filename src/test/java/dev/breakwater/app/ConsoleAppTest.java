package dev.breakwater.app;

import static org.testfx.api.FxAssert.verifyThat;
import static org.testfx.matcher.control.LabeledMatchers.hasText;

import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ConsoleAppTest {

    @Start
    void start(Stage stage) {
        new ConsoleApp().start(stage);
    }

    @Test
    void windowShowsProductAndVersion() {
        verifyThat("#title", hasText("Breakwater"));
        verifyThat("#version", hasText("Version " + BuildVersion.version()));
    }
}
