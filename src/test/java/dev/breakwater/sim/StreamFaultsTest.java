package dev.breakwater.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StreamFaultsTest {

    @Test
    void zeroSwitchesAFaultOff() {
        assertThat(StreamFaults.none().dropsConnections()).isFalse();
        assertThat(StreamFaults.none().silencesConnections()).isFalse();
        assertThat(new StreamFaults(30, 0).dropsConnections()).isTrue();
        assertThat(new StreamFaults(0, 45).silencesConnections()).isTrue();
    }

    @Test
    void fractionalSecondsBecomeNanoseconds() {
        StreamFaults faults = new StreamFaults(0.25, 1e-12);

        assertThat(faults.dropEveryNanos()).isEqualTo(250_000_000L);
        assertThat(faults.silenceAfterNanos()).as("never a zero period").isEqualTo(1);
    }

    @Test
    void negativeOrNonFiniteSecondsAreRefused() {
        assertThatThrownBy(() -> new StreamFaults(-1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StreamFaults(0, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StreamFaults(Double.POSITIVE_INFINITY, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
