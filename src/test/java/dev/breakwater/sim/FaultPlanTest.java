package dev.breakwater.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FaultPlanTest {

    @Test
    void blankSpecIsNone() {
        assertThat(FaultPlan.parse("")).isEqualTo(FaultPlan.NONE);
        assertThat(FaultPlan.parse(null)).isEqualTo(FaultPlan.NONE);
        assertThat(FaultPlan.parse("none")).isEqualTo(FaultPlan.NONE);
    }

    @Test
    void presetsByName() {
        assertThat(FaultPlan.parse("flaky")).isEqualTo(FaultPlan.FLAKY);
        assertThat(FaultPlan.parse(" CHAOS ")).isEqualTo(FaultPlan.CHAOS);
        assertThat(FaultPlan.parse("outage").outage()).isTrue();
    }

    @Test
    void chaosIsHostileEnoughForTheSoak() {
        FaultPlan chaos = FaultPlan.CHAOS;
        assertThat(chaos.dropAfterAccept()).isGreaterThanOrEqualTo(0.1);
        assertThat(chaos.slowReplyRate()).isGreaterThanOrEqualTo(0.05);
        assertThat(chaos.slowReplyMs()).isGreaterThan(2000); // past the soak's 2 s client timeout
        assertThat(chaos.errorRate()).isGreaterThanOrEqualTo(0.1);
        assertThat(chaos.rate429()).isGreaterThanOrEqualTo(0.05);
        assertThat(chaos.delayedVisibilityMs()).isGreaterThanOrEqualTo(300);
        assertThat(chaos.malformedRate()).isGreaterThanOrEqualTo(0.02);
        assertThat(chaos.streamDropEverySeconds()).isPositive();
        assertThat(chaos.outage()).isFalse();
    }

    @Test
    void flakyIsMild() {
        FaultPlan flaky = FaultPlan.FLAKY;
        assertThat(flaky.latencyMs()).isEqualTo(20);
        assertThat(flaky.latencyJitterMs()).isEqualTo(20);
        assertThat(flaky.errorRate()).isEqualTo(0.05);
        assertThat(flaky.rate429()).isEqualTo(0.02);
        assertThat(flaky.dropAfterAccept()).isEqualTo(0.02);
        assertThat(flaky.delayedVisibilityMs()).isEqualTo(100);
    }

    @Test
    void pairsSetSettings() {
        FaultPlan plan = FaultPlan.parse("latency_ms=250, error_rate=0.5,outage=true,stream_silence_after_s=7");
        assertThat(plan.latencyMs()).isEqualTo(250);
        assertThat(plan.errorRate()).isEqualTo(0.5);
        assertThat(plan.outage()).isTrue();
        assertThat(plan.streamSilenceAfterSeconds()).isEqualTo(7);
        assertThat(plan.rate429()).isZero();
    }

    @Test
    void aPresetFollowedByOverrides() {
        FaultPlan plan = FaultPlan.parse("chaos,stream_drop_every_s=5,error_rate=0");
        assertThat(plan.streamDropEverySeconds()).isEqualTo(5);
        assertThat(plan.errorRate()).isZero();
        assertThat(plan.dropAfterAccept()).isEqualTo(FaultPlan.CHAOS.dropAfterAccept());
    }

    @Test
    void unknownNamesAreNamedInTheError() {
        assertThatThrownBy(() -> FaultPlan.parse("havoc"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("havoc");
        assertThatThrownBy(() -> FaultPlan.parse("latency=5"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("latency");
        assertThatThrownBy(() -> FaultPlan.parse("latency_ms=5,flaky"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("flaky");
    }

    @Test
    void badValuesAreNamedInTheError() {
        assertThatThrownBy(() -> FaultPlan.parse("error_rate=1.5"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("error_rate");
        assertThatThrownBy(() -> FaultPlan.parse("rate429=-0.1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rate429");
        assertThatThrownBy(() -> FaultPlan.parse("malformed_rate=lots"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("malformed_rate");
        assertThatThrownBy(() -> FaultPlan.parse("latency_ms=-1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("latency_ms");
        assertThatThrownBy(() -> FaultPlan.parse("slow_reply_ms=2.5"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("slow_reply_ms");
        assertThatThrownBy(() -> FaultPlan.parse("outage=yes"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outage");
        assertThatThrownBy(() -> FaultPlan.parse("error_rate=NaN"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("error_rate");
    }

    @Test
    void specRoundTrips() {
        for (FaultPlan plan : new FaultPlan[] {FaultPlan.NONE, FaultPlan.FLAKY, FaultPlan.CHAOS, FaultPlan.OUTAGE,
                FaultPlan.parse("slow_reply_rate=0.25,slow_reply_ms=900")}) {
            assertThat(FaultPlan.parse(plan.toSpec())).isEqualTo(plan);
        }
        assertThat(FaultPlan.NONE.toSpec()).isEqualTo("none");
    }

    @Test
    void mapHasEveryNameInOrder() {
        assertThat(FaultPlan.CHAOS.toMap().keySet()).containsExactlyElementsOf(FaultPlan.NAMES);
        assertThat(FaultPlan.NAMES).contains("latency_ms", "latency_jitter_ms", "error_rate", "rate429",
                "drop_after_accept", "slow_reply_rate", "slow_reply_ms", "delayed_visibility_ms", "malformed_rate",
                "outage", "stream_drop_every_s", "stream_silence_after_s");
    }

    @Test
    void valuesMergeIntoAPlan() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("error_rate", new BigDecimal("0.25"));
        values.put("latency_ms", 40);
        values.put("slow_reply_ms", new BigDecimal("3000.0"));
        values.put("outage", true);
        FaultPlan plan = FaultPlan.FLAKY.withValues(values);
        assertThat(plan.errorRate()).isEqualTo(0.25);
        assertThat(plan.latencyMs()).isEqualTo(40);
        assertThat(plan.slowReplyMs()).isEqualTo(3000);
        assertThat(plan.outage()).isTrue();
        assertThat(plan.rate429()).isEqualTo(FaultPlan.FLAKY.rate429()); // untouched
    }

    @Test
    void aPresetEntryIsAppliedBeforeTheOthers() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("error_rate", 0);
        values.put("preset", "chaos");
        FaultPlan plan = FaultPlan.FLAKY.withValues(values);
        assertThat(plan).isEqualTo(FaultPlan.CHAOS.with("error_rate", "0"));
    }

    @Test
    void mistypedValuesAreRefused() {
        assertThatThrownBy(() -> FaultPlan.NONE.withValues(Map.of("outage", 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outage");
        assertThatThrownBy(() -> FaultPlan.NONE.withValues(Map.of("error_rate", true)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("error_rate");
        assertThatThrownBy(() -> FaultPlan.NONE.withValues(Map.of("bogus", 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bogus");
    }

    @Test
    void constructorChecksToo() {
        assertThatThrownBy(() -> new FaultPlan(0, 0, 2, 0, 0, 0, 0, 0, 0, false, 0, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("error_rate");
    }
}
