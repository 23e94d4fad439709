package dev.breakwater.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.breakwater.broker.EndpointGroup;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ResilienceSettingsTest {

    @Test
    void theDefaultsAreTheDocumentedOnes() {
        ResilienceSettings defaults = ResilienceSettings.defaults();

        RetrySettings retry = defaults.retry();
        assertThat(retry.maxRetries()).isEqualTo(3);
        assertThat(retry.maxAttempts()).isEqualTo(4);
        assertThat(retry.initialBackoff()).isEqualTo(Duration.ofMillis(500));
        assertThat(retry.multiplier()).isEqualTo(2.0);
        assertThat(retry.maxBackoff()).isEqualTo(Duration.ofSeconds(60));
        assertThat(retry.jitter()).isTrue();
        assertThat(retry.retryableServerStatuses()).containsExactlyInAnyOrder(500, 502, 503, 504);

        for (EndpointGroup group : EndpointGroup.values()) {
            assertThat(defaults.breaker(group)).isEqualTo(new BreakerSettings(20, 5, 50f, Duration.ofSeconds(2), 50f,
                    Duration.ofSeconds(15), true, 3));
        }
        assertThat(defaults.rateLimit()).isEqualTo(
                new RateLimitSettings(30, Duration.ofSeconds(10), Duration.ofSeconds(10)));
    }

    @Test
    void theBreakersAreBuiltFromTheSettings() {
        Resilience resilience = Resilience.create(ResilienceSettings.defaults(), new SimpleMeterRegistry());

        for (EndpointGroup group : EndpointGroup.values()) {
            CircuitBreaker breaker = resilience.breaker(group);
            CircuitBreakerConfig config = breaker.getCircuitBreakerConfig();
            assertThat(breaker.getName()).isEqualTo(group.breakerName());
            assertThat(config.getSlidingWindowType()).isEqualTo(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED);
            assertThat(config.getSlidingWindowSize()).isEqualTo(20);
            assertThat(config.getMinimumNumberOfCalls()).isEqualTo(5);
            assertThat(config.getFailureRateThreshold()).isEqualTo(50f);
            assertThat(config.getSlowCallRateThreshold()).isEqualTo(50f);
            assertThat(config.getSlowCallDurationThreshold()).isEqualTo(Duration.ofSeconds(2));
            assertThat(config.isAutomaticTransitionFromOpenToHalfOpenEnabled()).isTrue();
            assertThat(config.getPermittedNumberOfCallsInHalfOpenState()).isEqualTo(3);
            assertThat(config.isWritableStackTraceEnabled()).isFalse();
            assertThat(config.getWaitIntervalFunctionInOpenState().apply(1)).isEqualTo(15_000L);
        }
    }

    @Test
    void withersChangeOnlyWhatTheyName() {
        ResilienceSettings changed = ResilienceSettings.defaults()
                .withBreaker(EndpointGroup.STREAM, BreakerSettings.defaults().withWaitDurationInOpenState(Duration.ofSeconds(30)))
                .withRetry(RetrySettings.defaults().withMaxRetries(5));

        assertThat(changed.breaker(EndpointGroup.STREAM).waitDurationInOpenState()).isEqualTo(Duration.ofSeconds(30));
        assertThat(changed.breaker(EndpointGroup.ORDERS)).isEqualTo(BreakerSettings.defaults());
        assertThat(changed.retry().maxAttempts()).isEqualTo(6);
        assertThat(changed.rateLimit()).isEqualTo(RateLimitSettings.defaults());
    }

    @Test
    void nonsenseIsRefused() {
        assertThatThrownBy(() -> RetrySettings.defaults().withMaxRetries(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RetrySettings.defaults().withMultiplier(0.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BreakerSettings.defaults().withFailureRateThreshold(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RateLimitSettings.defaults().withPeriod(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ResilienceSettings(RetrySettings.defaults(),
                Map.of(EndpointGroup.ORDERS, BreakerSettings.defaults()), RateLimitSettings.defaults()))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("READS");
        assertThat(RetrySettings.defaults().withRetryableServerStatuses(Set.of(503)).retryableServerStatuses())
                .containsExactly(503);
    }

    @Test
    void rateLimitPerMinuteIsSlicedAndZeroSwitchesItOff() {
        RateLimitSettings limited = RateLimitSettings.perMinute(120);
        assertThat(limited.permitsPerMinute()).isEqualTo(120.0);
        assertThat(limited.period()).isEqualTo(java.time.Duration.ofSeconds(10));

        assertThat(RateLimitSettings.perMinute(0).permitsPerMinute()).isGreaterThan(1_000_000_000.0);
        assertThatThrownBy(() -> RateLimitSettings.perMinute(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
