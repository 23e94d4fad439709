package dev.breakwater.resilience;

import dev.breakwater.testing.MutableClock;
import static dev.breakwater.broker.Endpoint.ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.breakwater.broker.RateLimitedException;
import io.github.resilience4j.core.functions.Either;
import java.time.Duration;
import java.util.HashSet;
import java.util.LongSummaryStatistics;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExponentialBackoffTest {

    private static final int SAMPLES = 10_000;

    private final MutableClock clock = new MutableClock(Harness.START);

    private ExponentialBackoff backoff(RetrySettings settings, long seed) {
        return new ExponentialBackoff(settings, clock, new Random(seed));
    }

    @ParameterizedTest(name = "after {0} failures the ceiling is {1} ms")
    @CsvSource({"1, 500", "2, 1000", "3, 2000", "4, 4000", "7, 32000", "8, 60000", "30, 60000", "1000, 60000"})
    void withoutJitterTheWaitIsTheCappedExponentialCeiling(int failures, long millis) {
        ExponentialBackoff plain = backoff(RetrySettings.defaults().withJitter(false), 1);

        assertThat(plain.delayAfter(failures, null)).isEqualTo(Duration.ofMillis(millis));
    }

    @ParameterizedTest(name = "after {0} failures the wait lies in [0, {1}] ms")
    @CsvSource({"1, 500", "2, 1000", "3, 2000", "9, 60000"})
    void fullJitterStaysWithinZeroAndTheCeiling(int failures, long ceiling) {
        ExponentialBackoff jittered = backoff(RetrySettings.defaults(), 7);

        LongStream.range(0, SAMPLES).forEach(i -> assertThat(jittered.delayAfter(failures, null).toMillis())
                .isBetween(0L, ceiling));
    }

    @Test
    void fullJitterActuallyVariesAcrossTheWholeRange() {
        ExponentialBackoff jittered = backoff(RetrySettings.defaults(), 2015);
        long ceiling = 2000;
        LongSummaryStatistics stats = new LongSummaryStatistics();
        Set<Long> distinct = new HashSet<>();
        for (int i = 0; i < SAMPLES; i++) {
            long wait = jittered.delayAfter(3, null).toMillis();
            stats.accept(wait);
            distinct.add(wait);
        }

        assertThat(distinct).hasSizeGreaterThan(1500);
        assertThat(stats.getMin()).isLessThan(ceiling / 20);
        assertThat(stats.getMax()).isGreaterThan(ceiling - ceiling / 20);
        // Uniform on [0, c]: the mean is c/2; 10,000 samples put it well within 5 %.
        assertThat(stats.getAverage()).isBetween(ceiling * 0.45, ceiling * 0.55);
    }

    @Test
    void theSameSeedGivesTheSameWaits() {
        ExponentialBackoff a = backoff(RetrySettings.defaults(), 99);
        ExponentialBackoff b = backoff(RetrySettings.defaults(), 99);

        for (int failures = 1; failures <= 20; failures++) {
            assertThat(a.delayAfter(failures, null)).isEqualTo(b.delayAfter(failures, null));
        }
    }

    @Test
    void resilience4jsEntryPointAnswersInMilliseconds() {
        ExponentialBackoff plain = backoff(RetrySettings.defaults().withJitter(false), 1);

        assertThat(plain.apply(2, Either.left(Fixtures.timeout(ACCOUNT)))).isEqualTo(1000L);
        assertThat(plain.apply(1, Either.right("a result"))).isEqualTo(500L);
    }

    @Test
    void a429WaitsUntilTheResetWhenThatIsLaterThanTheBackoff() {
        ExponentialBackoff plain = backoff(RetrySettings.defaults().withJitter(false), 1);
        RateLimitedException limited = Fixtures.rateLimited(ACCOUNT, Harness.START.plusSeconds(12));

        assertThat(plain.delayAfter(1, limited)).isEqualTo(Duration.ofSeconds(12));
    }

    @Test
    void a429WhoseResetComesSoonerThanTheBackoffWaitsTheBackoff() {
        ExponentialBackoff plain = backoff(RetrySettings.defaults().withJitter(false), 1);
        RateLimitedException limited = Fixtures.rateLimited(ACCOUNT, Harness.START.plusMillis(300));

        assertThat(plain.delayAfter(3, limited)).isEqualTo(Duration.ofMillis(2000));
    }

    @Test
    void a429ResetIsCappedByTheMaximumBackoff() {
        ExponentialBackoff plain = backoff(RetrySettings.defaults().withMaxBackoff(Duration.ofSeconds(5)), 1);
        RateLimitedException limited = Fixtures.rateLimited(ACCOUNT, Harness.START.plusSeconds(45));

        assertThat(plain.delayAfter(1, limited)).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void a429WithoutHeadersOrWithAPastResetFallsBackToTheBackoff() {
        ExponentialBackoff plain = backoff(RetrySettings.defaults().withJitter(false), 1);
        RateLimitedException noHeaders = new RateLimitedException(ACCOUNT, null, "rate limit exceeded", null);
        RateLimitedException pastReset = Fixtures.rateLimited(ACCOUNT, Harness.START.minusSeconds(3));

        assertThat(plain.delayAfter(1, noHeaders)).isEqualTo(Duration.ofMillis(500));
        assertThat(plain.delayAfter(1, pastReset)).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void theWaitsBetweenRealAttemptsStayWithinTheirBounds() {
        for (int run = 0; run < 50; run++) {
            Harness h = new Harness();
            h.raw.on(ACCOUNT).alwaysThrow(Fixtures.timeout(ACCOUNT));
            try {
                h.broker.getAccount();
            } catch (RetriesExhaustedException expected) {
                // all four attempts failed; the waits are what this test is about
            }
            assertThat(h.sleeper.waits()).hasSize(3);
            assertThat(h.sleeper.waits().get(0)).isBetween(Duration.ZERO, Duration.ofMillis(500));
            assertThat(h.sleeper.waits().get(1)).isBetween(Duration.ZERO, Duration.ofMillis(1000));
            assertThat(h.sleeper.waits().get(2)).isBetween(Duration.ZERO, Duration.ofMillis(2000));
        }
    }
}
