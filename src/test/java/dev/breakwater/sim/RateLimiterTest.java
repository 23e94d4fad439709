package dev.breakwater.sim;

import dev.breakwater.testing.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private static final Instant START = Instant.parse("2026-11-27T14:30:00Z");

    private final MutableClock clock = new MutableClock(START);

    @Test
    void aWindowAdmitsTheLimitAndEndsAMinuteAfterItsFirstRequest() {
        RateLimiter limiter = new RateLimiter(2, clock);
        RateLimiter.Quota first = limiter.acquire("k");
        assertThat(first).isEqualTo(new RateLimiter.Quota(2, 1, START.getEpochSecond() + 60, true));
        clock.advance(Duration.ofSeconds(30));
        assertThat(limiter.acquire("k")).isEqualTo(new RateLimiter.Quota(2, 0, START.getEpochSecond() + 60, true));
        assertThat(limiter.acquire("k").allowed()).isFalse();
        clock.advance(Duration.ofSeconds(30));
        assertThat(limiter.acquire("k")).isEqualTo(new RateLimiter.Quota(2, 1, START.getEpochSecond() + 120, true));
    }

    @Test
    void keysHaveTheirOwnWindows() {
        RateLimiter limiter = new RateLimiter(1, clock);
        assertThat(limiter.acquire("a").allowed()).isTrue();
        assertThat(limiter.acquire("a").allowed()).isFalse();
        assertThat(limiter.acquire("b").allowed()).isTrue();
    }

    @Test
    void peekDoesNotCount() {
        RateLimiter limiter = new RateLimiter(5, clock);
        assertThat(limiter.peek("k").remaining()).isEqualTo(5);
        limiter.acquire("k");
        assertThat(limiter.peek("k").remaining()).isEqualTo(4);
        assertThat(limiter.peek("k").remaining()).isEqualTo(4);
    }

    @Test
    void resetRoundsUpToTheNextWholeSecond() {
        clock.set(START.plusMillis(1));
        assertThat(new RateLimiter(5, clock).acquire("k").resetEpochSecond()).isEqualTo(START.getEpochSecond() + 61);
    }

    @Test
    void zeroIsOff() {
        assertThat(new RateLimiter(0, clock).enabled()).isFalse();
        assertThat(new RateLimiter(1, clock).enabled()).isTrue();
    }
}
