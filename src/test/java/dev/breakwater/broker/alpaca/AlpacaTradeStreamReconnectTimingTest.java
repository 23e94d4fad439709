package dev.breakwater.broker.alpaca;

import dev.breakwater.testing.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;

import dev.breakwater.broker.StreamState;
import dev.breakwater.broker.StreamStatus;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The reconnect schedule with production settings, on a manual scheduler and clock: a refused port fails
 * each attempt at once, and the test fires each wait itself. Shows the waits, what the status says about
 * them, and the stream breaker's part.
 */
class AlpacaTradeStreamReconnectTimingTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Instant T0 = Instant.parse("2026-03-02T14:30:00Z");

    private final RecordingStreamListener listener = new RecordingStreamListener();
    private final ManualStreamScheduler scheduler = new ManualStreamScheduler();
    private final MutableClock clock = new MutableClock(T0);
    private final CircuitBreaker breaker = CircuitBreaker.of("stream", CircuitBreakerConfig.custom()
            .minimumNumberOfCalls(100).build());
    private AlpacaTradeStream stream;

    @AfterEach
    void tearDown() {
        if (stream != null) {
            stream.close();
        }
        scheduler.shutdownNow();
    }

    private void startAgainstARefusedPort() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        stream = AlpacaTradeStream.builder(new AlpacaConfig("http://127.0.0.1:" + port, "PKTIMING", "timing-secret"),
                        listener, breaker)
                .scheduler(scheduler)
                .clock(clock)
                .random(new Random(17))
                .build();
        stream.start();
    }

    private StreamStatus awaitAttempt(int attempt) throws InterruptedException {
        return listener.awaitStatus(s -> s.state() == StreamState.RECONNECTING && s.attempt() == attempt, WAIT);
    }

    @Test
    void waitsGrowWithinTheirBoundsAndTheStatusSaysWhenTheNextTryIs() throws Exception {
        startAgainstARefusedPort();

        for (int attempt = 1; attempt <= 8; attempt++) {
            StreamStatus reconnecting = awaitAttempt(attempt);
            ManualStreamScheduler.Task wait = scheduler.lastOneShot();
            Duration delay = Duration.ofNanos(wait.delayNanos());

            assertThat(delay).as("attempt %d", attempt)
                    .isBetween(Duration.ofSeconds(1), Duration.ofSeconds(Math.min(30, 1L << attempt)));
            assertThat(reconnecting.nextTryAt()).isEqualTo(clock.instant().plus(delay));
            assertThat(reconnecting.reason()).startsWith("connection failed");

            clock.advance(delay);
            wait.command().run();
        }
        awaitAttempt(9);

        assertThat(stream.status().connects()).isEqualTo(9);
        assertThat(breaker.getMetrics().getNumberOfFailedCalls()).isEqualTo(9);
        assertThat(scheduler.tasks()).filteredOn(ManualStreamScheduler.Task::periodic)
                .extracting(ManualStreamScheduler.Task::delayNanos)
                .containsExactly(TradeStreamSettings.DEFAULT_WATCHDOG_PERIOD.toNanos());
    }

    @Test
    void anOpenBreakerHoldsTheAttemptsBackUntilItPermitsAgain() throws Exception {
        startAgainstARefusedPort();
        awaitAttempt(1);

        breaker.transitionToOpenState();
        scheduler.lastOneShot().command().run();
        StreamStatus held = awaitAttempt(2);

        assertThat(held.reason()).isEqualTo("stream circuit breaker is open");
        assertThat(held.connects()).isEqualTo(1);
        assertThat(breaker.getMetrics().getNumberOfNotPermittedCalls()).isEqualTo(1);

        breaker.transitionToHalfOpenState();
        scheduler.lastOneShot().command().run();
        StreamStatus tried = awaitAttempt(3);

        assertThat(tried.connects()).isEqualTo(2);
        assertThat(tried.reason()).startsWith("connection failed");
    }
}
