package dev.breakwater.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.breakwater.sim.FaultPlan;
import dev.breakwater.sim.SimulatedBroker;
import dev.breakwater.ui.chaos.ChaosSettings;
import dev.breakwater.ui.chaos.ChaosViewModel;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The chaos panel's control over a real, started simulator. */
class SimChaosControlTest {

    private SimulatedBroker sim;
    private SimChaosControl control;

    @BeforeEach
    void startSimulator() {
        sim = SimulatedBroker.builder().port(0).seed(42).tickInterval(Duration.ZERO).build().start();
        control = new SimChaosControl(sim);
    }

    @AfterEach
    void stopSimulator() {
        sim.close();
    }

    private void connect() throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", sim.port()), 2_000);
        }
    }

    @Test
    void theOutageToggleClosesTheApiPortAndCalmOpensIt() throws Exception {
        ChaosViewModel vm = new ChaosViewModel(control);
        connect();

        vm.outageProperty().set(true);

        assertThat(sim.faults().outage()).isTrue();
        assertThatThrownBy(this::connect).isInstanceOf(ConnectException.class);

        vm.calm();
        assertThat(sim.faults()).isEqualTo(FaultPlan.NONE);
        connect();
    }

    @Test
    void everyPresetRoundTripsWholeJitterIncluded() {
        assertThat(control.presets()).allMatch(FaultPlan::isPreset);
        for (String name : control.presets()) {
            control.apply(control.preset(name));

            assertThat(sim.faults()).as(name).isEqualTo(FaultPlan.preset(name));
            assertThat(control.current()).as(name).isEqualTo(control.preset(name));
        }
    }

    @Test
    void everyFieldMapsAndTheJitterTheSettingsLackIsKept() {
        sim.setFaults(FaultPlan.parse("latency_ms=40,latency_jitter_ms=15"));
        ChaosSettings settings = new ChaosSettings(250, 0.1, 0.05, 0.2, 0.15, 3000, 0.01, 500, false, 20, 45);

        control.apply(settings);

        assertThat(sim.faults()).isEqualTo(new FaultPlan(250, 15, 0.1, 0.05, 0.2, 0.15, 3000, 500, 0.01, false, 20, 45));
        assertThat(control.current()).isEqualTo(settings);
    }

    @Test
    void withoutLatencyNoJitterIsLeftBehind() {
        sim.setFaults(FaultPlan.parse("latency_ms=40,latency_jitter_ms=15,error_rate=0.5"));

        control.apply(ChaosSettings.CALM.withOutage(false));
        assertThat(sim.faults()).isEqualTo(FaultPlan.NONE);

        control.apply(new ChaosSettings(0, 0.3, 0, 0, 0, 0, 0, 0, false, 0, 0));
        assertThat(sim.faults().latencyJitterMs()).isZero();
    }

    @Test
    void theSimulatorRefusesAnInvalidPlanAndKeepsItsOwn() {
        assertThatThrownBy(() -> control.apply(new ChaosSettings(0, 1.5, 0, 0, 0, 0, 0, 0, false, 0, 0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("error_rate");
        assertThat(sim.faults()).isEqualTo(FaultPlan.NONE);
    }
}
