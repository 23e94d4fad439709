package dev.breakwater.broker.alpaca;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Exponential backoff with full jitter above a floor: wait of attempt n in [base, min(cap, base * 2^n)]. */
class StreamBackoffTest {

    private static final Duration BASE = Duration.ofSeconds(1);
    private static final Duration CAP = Duration.ofSeconds(30);
    private static final Instant T0 = Instant.parse("2026-03-02T14:30:00Z");

    private static StreamBackoff backoff(long seed) {
        return new StreamBackoff(BASE, CAP, Duration.ofMinutes(1), new Random(seed));
    }

    @Test
    void eachWaitStaysWithinItsAttemptsBounds() {
        for (long seed = 0; seed < 200; seed++) {
            StreamBackoff backoff = backoff(seed);
            for (int attempt = 1; attempt <= 12; attempt++) {
                Duration wait = backoff.nextDelay(T0);
                Duration upper = Duration.ofSeconds(Math.min(30, 1L << attempt));
                assertThat(backoff.attempt()).isEqualTo(attempt);
                assertThat(wait).as("attempt %d, seed %d", attempt, seed).isBetween(BASE, upper);
            }
        }
    }

    @Test
    void theFirstWaitIsAtLeastOneSecondAndAtMostTwo() {
        for (long seed = 0; seed < 500; seed++) {
            assertThat(backoff(seed).nextDelay(T0)).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(2));
        }
    }

    @Test
    void theJitterSpreadsTheWaitsOut() {
        Set<Duration> firstWaits = new HashSet<>();
        Random shared = new Random(42);
        for (int i = 0; i < 50; i++) {
            firstWaits.add(new StreamBackoff(BASE, CAP, Duration.ofMinutes(1), shared).nextDelay(T0));
        }
        assertThat(firstWaits).hasSizeGreaterThan(40);
    }

    @Test
    void theSameSeedGivesTheSameWaits() {
        assertThat(waits(backoff(9), 10)).isEqualTo(waits(backoff(9), 10));
        assertThat(waits(backoff(9), 10)).isNotEqualTo(waits(backoff(10), 10));
    }

    @Test
    void waitsNeverExceedTheCapAndReachItsNeighbourhood() {
        Duration longest = Duration.ZERO;
        for (long seed = 0; seed < 200; seed++) {
            StreamBackoff backoff = backoff(seed);
            for (int attempt = 1; attempt <= 40; attempt++) {
                Duration wait = backoff.nextDelay(T0);
                assertThat(wait).isLessThanOrEqualTo(CAP);
                longest = wait.compareTo(longest) > 0 ? wait : longest;
            }
        }
        assertThat(longest).isGreaterThan(Duration.ofSeconds(29));
        assertThat(backoff(1).upperBoundNanos(1_000)).isEqualTo(CAP.toNanos());
    }

    @Test
    void aConnectionLiveForAStableMinuteResetsTheAttempts() {
        StreamBackoff backoff = backoff(5);
        for (int i = 0; i < 6; i++) {
            backoff.nextDelay(T0);
        }
        backoff.live(T0);

        Duration wait = backoff.nextDelay(T0.plus(Duration.ofMinutes(1)));

        assertThat(backoff.attempt()).isEqualTo(1);
        assertThat(wait).isBetween(BASE, Duration.ofSeconds(2));
    }

    @Test
    void aConnectionThatDiesWithinTheMinuteKeepsCounting() {
        StreamBackoff backoff = backoff(5);
        for (int i = 0; i < 6; i++) {
            backoff.nextDelay(T0);
        }
        backoff.live(T0);

        backoff.nextDelay(T0.plus(Duration.ofSeconds(59)));

        assertThat(backoff.attempt()).isEqualTo(7);
    }

    private static List<Duration> waits(StreamBackoff backoff, int count) {
        List<Duration> waits = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            waits.add(backoff.nextDelay(T0));
        }
        return waits;
    }
}
