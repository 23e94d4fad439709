package dev.breakwater.resilience;

import static dev.breakwater.broker.Endpoint.ACCOUNT;
import static dev.breakwater.broker.Endpoint.PLACE_ORDER;
import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MetricsTest {

    private final Harness h = new Harness();

    private static Map<String, Double> attempts(MeterRegistry meters, String endpoint) {
        return meters.find("breakwater.retry.attempts").tag("endpoint", endpoint).counters().stream()
                .collect(Collectors.toMap(c -> c.getId().getTag("attempt_number"), Counter::count, Double::sum,
                        TreeMap::new));
    }

    @Test
    void retryAttemptsAreCountedByEndpointAndAttemptNumber() {
        h.raw.on(ACCOUNT)
                .thenThrow(Fixtures.timeout(ACCOUNT))
                .thenThrow(Fixtures.timeout(ACCOUNT))
                .thenReturn(Fixtures.account())
                .thenReturn(Fixtures.account());
        h.raw.on(PLACE_ORDER).thenReturn(Fixtures.placed());

        h.broker.getAccount();
        h.broker.getAccount();
        h.broker.placeOrder(Fixtures.buyRequest());

        assertThat(attempts(h.meters, "account")).containsExactlyEntriesOf(
                new TreeMap<>(Map.of("1", 2.0, "2", 1.0, "3", 1.0)));
        assertThat(attempts(h.meters, "place_order")).containsExactlyEntriesOf(Map.of("1", 1.0));
        assertThat(attempts(h.meters, "clock")).isEmpty();
    }

    @Test
    void resilience4jsStandardMetersAreBound() {
        h.raw.on(ACCOUNT).thenThrow(Fixtures.timeout(ACCOUNT)).thenReturn(Fixtures.account());
        h.broker.getAccount();

        for (String breaker : new String[] {"orders", "reads", "stream"}) {
            assertThat(h.meters.find("resilience4j.circuitbreaker.state").tag("name", breaker)
                    .tag("state", "closed").gauge().value()).isEqualTo(1.0);
        }
        assertThat(h.meters.find("resilience4j.circuitbreaker.calls").tag("name", "reads")
                .tag("kind", "failed").timer().count()).isEqualTo(1);
        assertThat(h.meters.find("resilience4j.retry.calls").tag("name", "account")
                .tag("kind", "successful_with_retry").functionCounter().count()).isEqualTo(1.0);
        assertThat(h.meters.find("resilience4j.ratelimiter.available.permissions")
                .tag("name", Resilience.REST_RATE_LIMITER).gauge()).isNotNull();
    }

    @Test
    void latencyIsTimedPerGroupWithPercentiles() {
        h.raw.on(ACCOUNT).alwaysReturn(Fixtures.account());
        for (int i = 0; i < 10; i++) {
            h.broker.getAccount();
        }

        Timer reads = h.meters.find("breakwater.broker.latency").tag("group", "reads").timer();
        assertThat(reads.count()).isEqualTo(10);
        assertThat(h.meters.find("breakwater.broker.latency").tag("group", "orders").timer().count()).isZero();
        assertThat(h.meters.find("breakwater.broker.latency.percentile").tag("group", "reads").meters())
                .extracting(meter -> meter.getId().getTag("phi"))
                .containsExactlyInAnyOrder("0.5", "0.9", "0.99");
        assertThat(h.meters.getMeters()).extracting(Meter::getId)
                .anySatisfy(id -> assertThat(id.getName()).isEqualTo("breakwater.retry.attempts"));
    }
}
