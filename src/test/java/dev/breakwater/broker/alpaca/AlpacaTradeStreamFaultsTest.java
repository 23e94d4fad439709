package dev.breakwater.broker.alpaca;

import static org.assertj.core.api.Assertions.assertThat;

import dev.breakwater.broker.EndpointGroup;
import dev.breakwater.broker.StreamState;
import dev.breakwater.broker.StreamStatus;
import dev.breakwater.domain.TradeEvent;
import dev.breakwater.domain.TradeUpdate;
import dev.breakwater.resilience.Resilience;
import dev.breakwater.resilience.ResilienceSettings;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Reconnects under the simulator's stream faults: cuts without a close frame in the middle of a burst,
 * silent sockets, and a healthy idle socket that pongs. Never two connections at once.
 */
class AlpacaTradeStreamFaultsTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private final RecordingStreamListener listener = new RecordingStreamListener();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final CircuitBreaker breaker = Resilience.create(ResilienceSettings.defaults(), meters)
            .breaker(EndpointGroup.STREAM);
    private final StreamServerFixture server = new StreamServerFixture();
    private AlpacaTradeStream stream;

    @AfterEach
    void tearDown() {
        if (stream != null) {
            stream.close();
        }
        server.close();
    }

    private AlpacaTradeStream start(TradeStreamSettings settings) {
        return start(server.config(), settings);
    }

    private AlpacaTradeStream start(AlpacaConfig config, TradeStreamSettings settings) {
        stream = AlpacaTradeStream.builder(config, listener, breaker)
                .settings(settings)
                .random(new Random(3))
                .build();
        stream.start();
        return stream;
    }

    @Test
    void cutsInTheMiddleOfABurstAreReconnectedAndEachReconnectRecoversTheGap() throws Exception {
        start(StreamTestSettings.fast());
        listener.awaitState(StreamState.LIVE, WAIT);
        server.stream.setFaults(0.5, 0);

        Set<String> filled = new HashSet<>();
        int placed = 0;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        // Keep orders coming until the stream has been cut and re-subscribed three times.
        while (listener.subscribedCount() < 4) {
            server.market(placed % 2 == 0 ? "buy" : "sell", "burst-" + placed);
            placed++;
            TradeUpdate update = listener.updates.poll(5, TimeUnit.MILLISECONDS);
            if (update != null && update.event() == TradeEvent.FILL) {
                filled.add(update.order().clientOrderId());
            }
            assertThat(System.nanoTime()).as("reconnected three times within 15 s").isLessThan(deadline);
        }
        server.stream.setFaults(0, 0);
        listener.awaitState(StreamState.LIVE, WAIT);

        assertThat(server.stats().dropsInjected()).isGreaterThanOrEqualTo(3);
        assertThat(server.stats().maxConcurrent()).isEqualTo(1);
        assertThat(listener.count(StreamState.RECONNECTING)).isGreaterThanOrEqualTo(3);
        assertThat(listener.journal).containsSubsequence("status:RECONNECTING", "status:CONNECTING", "subscribed",
                "status:LIVE", "status:RECONNECTING", "status:CONNECTING", "subscribed", "status:LIVE");
        assertThat(filled).as("fills seen while the cuts happened").isNotEmpty();
        StreamStatus status = stream.status();
        assertThat(status.connects()).isEqualTo(server.stats().connects());
        assertThat(status.attempt()).isZero();
        // Every reconnect went through the stream breaker and shows in its metrics.
        assertThat(breaker.getMetrics().getNumberOfSuccessfulCalls()).isGreaterThanOrEqualTo(4);
        assertThat(meters.get("resilience4j.circuitbreaker.calls").tag("name", "stream").tag("kind", "successful")
                .timer().count()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void aSilentSocketIsDeclaredStaleByTheWatchdogAndReplaced() throws Exception {
        // No pings: only the watchdog's frame age can notice the silence.
        start(StreamTestSettings.fast().withPingInterval(Duration.ZERO));
        listener.awaitState(StreamState.LIVE, WAIT);
        server.stream.setFaults(0, 0.3);

        long before = System.nanoTime();
        StreamStatus stale = listener.awaitState(StreamState.STALE, WAIT);
        long detectedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - before);
        listener.awaitState(StreamState.LIVE, WAIT);

        assertThat(stale.reason()).startsWith("stale: no frame or pong for");
        // Silent from 0.3 s after authentication, stale 1 s later, seen within a watchdog tick (plus slack).
        assertThat(detectedMillis).isBetween(900L, 2500L);
        assertThat(listener.subscribedCount()).isGreaterThanOrEqualTo(2);
        assertThat(server.stats().silencesInjected()).isGreaterThanOrEqualTo(1);
        assertThat(server.stats().maxConcurrent()).isEqualTo(1);
    }

    @Test
    void aSilentSocketIsAlsoCaughtByAMissingPong() throws Exception {
        // Pings every 100 ms, watchdog only after 5 s: OkHttp's missed pong comes first and reads as STALE.
        start(StreamTestSettings.fast().withStaleness(Duration.ofSeconds(5), Duration.ofMillis(50)));
        listener.awaitState(StreamState.LIVE, WAIT);
        server.stream.setFaults(0, 0.3);

        long before = System.nanoTime();
        StreamStatus stale = listener.awaitState(StreamState.STALE, WAIT);
        long detectedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - before);
        server.stream.setFaults(0, 0);
        listener.awaitState(StreamState.LIVE, WAIT);

        assertThat(stale.reason()).contains("no pong");
        assertThat(detectedMillis).isLessThan(2500L);
        assertThat(server.stats().maxConcurrent()).isEqualTo(1);
    }

    @Test
    void anIdleButHealthySocketStaysLiveBecauseItsPongsCount() throws Exception {
        // Stale after 500 ms, and no events at all: only the pongs (every 100 ms) keep it alive.
        start(StreamTestSettings.fast().withStaleness(Duration.ofMillis(500), Duration.ofMillis(50)));
        listener.awaitState(StreamState.LIVE, WAIT);

        assertThat(listener.statuses.poll(2, TimeUnit.SECONDS)).as("no state change while idle").isNull();
        assertThat(stream.status().state()).isEqualTo(StreamState.LIVE);
        assertThat(server.stats().connects()).isEqualTo(1);
    }

    @Test
    void textFramesAreReadLikeBinaryOnes() throws Exception {
        server.textFrames();
        start(StreamTestSettings.fast());
        listener.awaitState(StreamState.LIVE, WAIT);

        server.buyMarket("text-1");
        TradeUpdate update = listener.nextUpdate(WAIT);
        while (update.event() != TradeEvent.FILL) {
            update = listener.nextUpdate(WAIT);
        }

        assertThat(update.order().clientOrderId()).isEqualTo("text-1");
        assertThat(stream.status().malformed()).isZero();
    }

    @Test
    void anUnreachableServerIsRetriedWithBackoffAndCountsAsBreakerFailures() throws Exception {
        AlpacaConfig config = server.config();
        server.close();
        start(config, StreamTestSettings.fast());

        StreamStatus first = listener.awaitState(StreamState.RECONNECTING, WAIT);
        StreamStatus third = listener.awaitStatus(s -> s.state() == StreamState.RECONNECTING && s.attempt() == 3, WAIT);

        assertThat(first.attempt()).isEqualTo(1);
        assertThat(first.reason()).startsWith("connection failed");
        assertThat(first.nextTryAt()).isNotNull();
        assertThat(third.connects()).isEqualTo(3);
        assertThat(breaker.getMetrics().getNumberOfFailedCalls()).isGreaterThanOrEqualTo(3);
    }
}
