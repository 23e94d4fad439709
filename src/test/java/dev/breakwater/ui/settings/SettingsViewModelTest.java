package dev.breakwater.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.breakwater.domain.PrecautionLimits;
import dev.breakwater.settings.BrokerMode;
import dev.breakwater.settings.ConsoleSettings;
import dev.breakwater.ui.SameThreadWork;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SettingsViewModelTest {

    private static final String SECRET = "SECRETSECRETSECRETab12";

    private final List<ConsoleSettings> stored = new ArrayList<>();
    private final SameThreadWork work = new SameThreadWork();
    private IOException storeFailure;

    private final SettingsStore store = settings -> {
        if (storeFailure != null) {
            throw storeFailure;
        }
        stored.add(settings);
    };

    private final ConsoleSettings saved = ConsoleSettings.defaults().withBroker(BrokerMode.PAPER).withKeys("PKID", SECRET);

    @Test
    void theFormStartsFromTheSettingsButTheSecretFieldStartsEmpty() {
        SettingsViewModel vm = new SettingsViewModel(saved, store, work);

        assertThat(vm.brokerProperty().get()).isEqualTo(BrokerMode.PAPER);
        assertThat(vm.keyIdProperty().get()).isEqualTo("PKID");
        assertThat(vm.secretProperty().get()).isEmpty();
        assertThat(vm.secretPromptProperty().get()).isEqualTo("saved (ends …ab12)").doesNotContain(SECRET);
        assertThat(vm.maxQty().textProperty().get()).isEqualTo("1000");
        assertThat(vm.maxOrderValue().textProperty().get()).isEqualTo("50000");
        assertThat(vm.maxPercentFromLast().textProperty().get()).isEqualTo("5");
        assertThat(vm.reviewBeforeSendProperty().get()).isTrue();
        assertThat(vm.themeDarkProperty().get()).isTrue();
        assertThat(vm.canSaveProperty().get()).isTrue();
    }

    @Test
    void keysFromTheEnvironmentAreSaidSo() {
        SettingsViewModel vm = new SettingsViewModel(ConsoleSettings.defaults(), store, work, true);

        assertThat(vm.secretPromptProperty().get()).isEqualTo("from APCA_API_SECRET_KEY");
        assertThat(vm.keyIdPrompt()).isEqualTo("from APCA_API_KEY_ID");
        assertThat(new SettingsViewModel(ConsoleSettings.defaults(), store, work).secretPromptProperty().get())
                .startsWith("not set");
        assertThat(new SettingsViewModel(saved.withKeys("PKID", "short"), store, work).secretPromptProperty().get())
                .isEqualTo("saved");
    }

    @Test
    void anInvalidLimitBlocksSavingAndSaysWhy() {
        SettingsViewModel vm = new SettingsViewModel(saved, store, work);

        for (String bad : new String[] {"abc", "0", "-3", "1,000", "1e3"}) {
            vm.maxQty().textProperty().set(bad);
            assertThat(vm.maxQty().errorProperty().get()).as(bad).contains("positive number");
            assertThat(vm.canSaveProperty().get()).as(bad).isFalse();
        }
        vm.save();
        assertThat(stored).isEmpty();
        assertThat(vm.messageProperty().get()).contains("fix the marked limits");

        vm.maxQty().textProperty().set("");
        assertThat(vm.maxQty().errorProperty().get()).isEmpty();
        assertThat(vm.canSaveProperty().get()).isTrue();
    }

    @Test
    void saveStoresTheEditsInTheBackgroundAndReports() {
        SettingsViewModel vm = new SettingsViewModel(saved, store, work);
        vm.brokerProperty().set(BrokerMode.LIVE);
        vm.keyIdProperty().set("  AKLIVE  ");
        vm.secretProperty().set(" NEWSECRETNEWSECRETzz99\n");
        vm.maxQty().textProperty().set("250");
        vm.maxOrderValue().textProperty().set("");
        vm.maxPercentFromLast().textProperty().set("2.5");
        vm.reviewBeforeSendProperty().set(false);
        vm.themeDarkProperty().set(false);

        vm.save();

        ConsoleSettings expected = new ConsoleSettings(BrokerMode.LIVE, "AKLIVE", "NEWSECRETNEWSECRETzz99",
                new PrecautionLimits(new BigDecimal("250"), null, new BigDecimal("2.5")), false, false);
        assertThat(stored).containsExactly(expected);
        assertThat(work.runs()).isEqualTo(1);
        assertThat(vm.savedProperty().get()).isEqualTo(expected);
        assertThat(vm.messageProperty().get()).isEqualTo(SettingsViewModel.SAVED_MESSAGE)
                .isEqualTo("Saved. Broker changes take effect after a restart.");
        assertThat(vm.secretProperty().get()).isEmpty(); // never shown back
        assertThat(vm.secretPromptProperty().get()).isEqualTo("saved (ends …zz99)");
        assertThat(vm.savingProperty().get()).isFalse();
    }

    @Test
    void anEmptySecretFieldKeepsTheSavedSecret() {
        SettingsViewModel vm = new SettingsViewModel(saved, store, work);
        vm.themeDarkProperty().set(false);

        vm.save();

        assertThat(stored).singleElement().satisfies(s -> {
            assertThat(s.secretKey()).isEqualTo(SECRET);
            assertThat(s.darkTheme()).isFalse();
        });
        assertThat(vm.messageProperty().get()).isEqualTo("Saved.");
    }

    @Test
    void aFailedSaveIsReportedAndTheLastSavedStays() {
        SettingsViewModel vm = new SettingsViewModel(saved, store, work);
        storeFailure = new IOException("/home/t/.config/breakwater: read-only file system");
        vm.secretProperty().set("NEWSECRETNEWSECRETzz99");

        vm.save();

        assertThat(vm.messageProperty().get()).isEqualTo("Not saved: /home/t/.config/breakwater: read-only file system");
        assertThat(vm.savedProperty().get()).isEqualTo(saved);
        assertThat(vm.canSaveProperty().get()).isTrue();
    }

    @Test
    void theThemeIsLiveBeforeSaving() {
        SettingsViewModel vm = new SettingsViewModel(saved, store, work);
        List<Boolean> seen = new ArrayList<>();
        vm.themeDarkProperty().addListener((o, was, now) -> seen.add(now));

        vm.themeDarkProperty().set(false);

        assertThat(seen).containsExactly(false);
        assertThat(stored).isEmpty();
    }
}
