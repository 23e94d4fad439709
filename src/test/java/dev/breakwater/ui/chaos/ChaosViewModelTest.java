package dev.breakwater.ui.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChaosViewModelTest {

    private final FakeChaosControl control = new FakeChaosControl();

    @Test
    void startsFromThePlanInForce() {
        control.current = FakeChaosControl.FLAKY;

        ChaosViewModel vm = new ChaosViewModel(control);

        assertThat(vm.latencyMsProperty().get()).isEqualTo(20);
        assertThat(vm.errorRateProperty().get()).isEqualTo(0.05);
        assertThat(vm.delayedVisibilityMsProperty().get()).isEqualTo(100);
        assertThat(vm.dirtyProperty().get()).isFalse();
        assertThat(vm.summaryProperty().get())
                .isEqualTo("latency 20 ms, errors 5%, 429 2%, accept-then-drop 2%, visible after 100 ms");
        assertThat(control.applied).isEmpty();
    }

    @Test
    void applySendsEveryFieldAtOnce() {
        ChaosViewModel vm = new ChaosViewModel(control);

        vm.latencyMsProperty().set(250);
        vm.errorRateProperty().set(0.10000000000000002); // a slider's idea of 10 %
        vm.rate429Property().set(0.05);
        vm.dropAfterAcceptProperty().set(0.2);
        vm.slowReplyRateProperty().set(0.1);
        vm.slowReplyMsProperty().set(3000);
        vm.malformedRateProperty().set(0.01);
        vm.delayedVisibilityMsProperty().set(500);
        vm.streamDropEverySecondsProperty().set(20);
        vm.streamSilenceAfterSecondsProperty().set(45);
        assertThat(vm.dirtyProperty().get()).isTrue();
        assertThat(control.applied).isEmpty(); // edits wait for Apply

        vm.apply();

        assertThat(control.applied).containsExactly(
                new ChaosSettings(250, 0.1, 0.05, 0.2, 0.1, 3000, 0.01, 500, false, 20, 45));
        assertThat(vm.dirtyProperty().get()).isFalse();
        assertThat(vm.summaryProperty().get()).isEqualTo("latency 250 ms, errors 10%, 429 5%, accept-then-drop 20%, "
                + "slow replies 10% × 3000 ms, malformed 1%, visible after 500 ms, stream drop every 20 s, "
                + "stream silent after 45 s");
        assertThat(vm.messageProperty().get()).startsWith("Applied: latency 250 ms");
    }

    @Test
    void presetsAndCalmApplyAtOnce() {
        ChaosViewModel vm = new ChaosViewModel(control);
        assertThat(vm.presets()).containsExactly("none", "flaky", "outage");

        vm.applyPreset("flaky");
        assertThat(control.current).isEqualTo(FakeChaosControl.FLAKY);
        assertThat(vm.latencyMsProperty().get()).isEqualTo(20);
        assertThat(vm.calmProperty().get()).isFalse();

        vm.calm();
        assertThat(control.current).isEqualTo(ChaosSettings.CALM);
        assertThat(vm.latencyMsProperty().get()).isZero();
        assertThat(vm.calmProperty().get()).isTrue();
        assertThat(vm.summaryProperty().get()).isEqualTo("Calm: no faults injected");

        vm.applyPreset("outage");
        assertThat(vm.outageProperty().get()).isTrue();
        assertThat(control.applied).hasSize(3); // showing the preset's outage did not apply a fourth time

        vm.applyPreset("hurricane");
        assertThat(vm.messageProperty().get()).isEqualTo("Not applied: unknown fault preset: hurricane");
        assertThat(control.applied).hasSize(3);
    }

    @Test
    void theOutageSwitchAppliesAtOnceOnTopOfThePlanInForceNotTheEdits() {
        control.current = FakeChaosControl.FLAKY;
        ChaosViewModel vm = new ChaosViewModel(control);
        vm.latencyMsProperty().set(999); // an edit not applied

        vm.outageProperty().set(true);

        assertThat(control.current).isEqualTo(FakeChaosControl.FLAKY.withOutage(true));
        assertThat(vm.summaryProperty().get()).startsWith("OUTAGE");
        assertThat(vm.latencyMsProperty().get()).isEqualTo(20); // the fields show the plan in force again

        vm.outageProperty().set(false);
        assertThat(control.current).isEqualTo(FakeChaosControl.FLAKY);
        assertThat(control.applied).hasSize(2);
    }

    @Test
    void aRefusedPlanIsReportedAndNothingChanges() {
        ChaosViewModel vm = new ChaosViewModel(control);
        vm.errorRateProperty().set(1.5);

        vm.apply();

        assertThat(control.applied).isEmpty();
        assertThat(vm.messageProperty().get()).startsWith("Not applied: fault setting error_rate");
        assertThat(vm.dirtyProperty().get()).isTrue();
    }

    @Test
    void reloadDropsEditsAndShowsWhatIsInForce() {
        ChaosViewModel vm = new ChaosViewModel(control);
        vm.latencyMsProperty().set(100);
        control.current = FakeChaosControl.OUTAGE; // driven from elsewhere (the simulator's control port)

        vm.reload();

        assertThat(vm.latencyMsProperty().get()).isZero();
        assertThat(vm.outageProperty().get()).isTrue();
        assertThat(vm.dirtyProperty().get()).isFalse();
        assertThat(control.applied).isEmpty();
    }
}
