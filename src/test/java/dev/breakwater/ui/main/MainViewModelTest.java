package dev.breakwater.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import dev.breakwater.settings.BrokerMode;
import org.junit.jupiter.api.Test;

class MainViewModelTest {

    private final MainViewModel model = new MainViewModel();

    @Test
    void theBadgeNamesTheBroker() {
        model.setMode(BrokerMode.SIM);
        assertThat(model.badgeTextProperty().get()).isEqualTo("SIMULATED");
        model.setMode(BrokerMode.PAPER);
        assertThat(model.badgeTextProperty().get()).isEqualTo("PAPER");
        model.setMode(BrokerMode.LIVE);
        assertThat(model.badgeTextProperty().get()).isEqualTo("LIVE");
    }

    @Test
    void progressIsShownOnlyWhileStarting() {
        model.progress("Opening the order journal…");
        assertThat(model.statusProperty().get()).isEqualTo("Opening the order journal…");
        model.ready();
        model.progress("late message from a background step");
        assertThat(model.phaseProperty().get()).isEqualTo(MainViewModel.Phase.READY);
        assertThat(model.statusProperty().get()).isEmpty();
    }

    @Test
    void aFailureStaysOnScreen() {
        model.failed("The journal is locked by another console: /tmp/x.mv.db");
        model.progress("Starting…");
        assertThat(model.phaseProperty().get()).isEqualTo(MainViewModel.Phase.FAILED);
        assertThat(model.statusProperty().get()).contains("journal is locked");
    }

    @Test
    void themeStartsDarkAndToggles() {
        assertThat(model.darkThemeProperty().get()).isTrue();
        model.toggleTheme();
        assertThat(model.darkThemeProperty().get()).isFalse();
    }
}
