package dev.breakwater.broker.alpaca;

import static org.assertj.core.api.Assertions.assertThat;

import dev.breakwater.broker.StreamState;
import dev.breakwater.broker.StreamStatus;
import dev.breakwater.domain.ClientOrderIds;
import dev.breakwater.domain.Order;
import dev.breakwater.domain.OrderRequest;
import dev.breakwater.domain.OrderStatus;
import dev.breakwater.domain.OrderType;
import dev.breakwater.domain.Side;
import dev.breakwater.domain.TimeInForce;
import dev.breakwater.domain.TradeEvent;
import dev.breakwater.domain.TradeUpdate;
import dev.breakwater.sim.SimOrderRequest;
import dev.breakwater.sim.SimulatedBroker;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The client against the simulator's {@code /stream}: events of a fill, wrong keys, threading, shutdown. */
class AlpacaTradeStreamAgainstSimulatorTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private final RecordingStreamListener listener = new RecordingStreamListener();
    private final CircuitBreaker breaker = CircuitBreaker.of("stream", CircuitBreakerConfig.custom()
            .minimumNumberOfCalls(100).build());
    private SimulatedBroker sim;
    private AlpacaTradeStream stream;

    @AfterEach
    void tearDown() {
        if (stream != null) {
            stream.close();
        }
        if (sim != null) {
            sim.close();
        }
    }

    private AlpacaTradeStream streamTo(AlpacaConfig config) {
        stream = AlpacaTradeStream.builder(config, listener, breaker)
                .settings(StreamTestSettings.fast())
                .random(new Random(11))
                .build();
        return stream;
    }

    private void startSim() {
        sim = SimulatedBroker.builder().seed(7).tickInterval(Duration.ZERO).build().start();
    }

    @Test
    void aMarketOrdersFillArrivesAsTradeUpdatesWithTheWholeOrder() throws Exception {
        startSim();
        streamTo(new AlpacaConfig(sim.baseUrl(), sim.keyId(), sim.secret())).start();
        listener.awaitState(StreamState.LIVE, WAIT);

        OrderRequest request = OrderRequest.builder().symbol("AAPL").qty("3").side(Side.BUY).type(OrderType.MARKET)
                .timeInForce(TimeInForce.DAY).clientOrderId(ClientOrderIds.create().next()).build();
        Order placed;
        try (AlpacaRestClient rest = new AlpacaRestClient(new AlpacaConfig(sim.baseUrl(), sim.keyId(), sim.secret()))) {
            placed = rest.placeOrder(request);
        }
        List<TradeUpdate> updates = new ArrayList<>();
        while (updates.isEmpty() || updates.get(updates.size() - 1).event() != TradeEvent.FILL) {
            updates.add(listener.nextUpdate(WAIT));
        }

        assertThat(updates.get(0).event()).isIn(TradeEvent.NEW, TradeEvent.PENDING_NEW);
        assertThat(updates).allSatisfy(update -> {
            assertThat(update.order().id()).isEqualTo(placed.id());
            assertThat(update.order().clientOrderId()).isEqualTo(request.clientOrderId());
        });
        TradeUpdate fill = updates.get(updates.size() - 1);
        assertThat(fill.order().status()).isEqualTo(OrderStatus.FILLED);
        assertThat(fill.qty()).isEqualByComparingTo("3");
        assertThat(stream.lastEventAt()).contains(fill.timestamp().toInstant());
        assertThat(stream.status().state()).isEqualTo(StreamState.LIVE);
        assertThat(stream.status().connects()).isEqualTo(1);
        assertThat(stream.status().lastMessageAt()).isNotNull();
        assertThat(sim.stats().stream().connects()).isEqualTo(1);
        assertThat(breaker.getMetrics().getNumberOfSuccessfulCalls()).isEqualTo(1);
    }

    @Test
    void callbacksRunInOrderOnTheClientsOwnThreadAndSubscribedComesBeforeLive() throws Exception {
        startSim();
        streamTo(new AlpacaConfig(sim.baseUrl(), sim.keyId(), sim.secret())).start();
        listener.awaitState(StreamState.LIVE, WAIT);

        assertThat(listener.journal).containsSubsequence("status:CONNECTING", "status:AUTHENTICATING", "subscribed",
                "status:LIVE");
        assertThat(listener.threads).allSatisfy(name -> assertThat(name).startsWith("breakwater-trade-stream-"))
                .extracting(name -> name).containsOnly(listener.threads.get(0));
    }

    @Test
    void eventsArrivingDuringGapRecoveryAreDeliveredAfterItInOrder() throws Exception {
        startSim();
        String clientOrderId = ClientOrderIds.create().next();
        // The order is placed (and filled) while onSubscribed runs: its events must wait for it to return.
        listener.duringSubscribed = () -> sim.exchange().place(SimOrderRequest.fromJson(
                "{\"symbol\":\"MSFT\",\"qty\":\"1\",\"side\":\"buy\",\"type\":\"market\",\"time_in_force\":\"day\","
                        + "\"client_order_id\":\"" + clientOrderId + "\"}"));
        streamTo(new AlpacaConfig(sim.baseUrl(), sim.keyId(), sim.secret())).start();

        TradeUpdate first = listener.nextUpdate(WAIT);
        TradeUpdate last = first;
        while (last.event() != TradeEvent.FILL) {
            last = listener.nextUpdate(WAIT);
        }

        assertThat(first.order().clientOrderId()).isEqualTo(clientOrderId);
        assertThat(listener.journal).containsSubsequence("subscribed", "status:LIVE", "update:" + first.eventName(),
                "update:fill");
    }

    @Test
    void wrongKeysStopWithAClearReasonAndDoNotHammer() throws Exception {
        startSim();
        streamTo(new AlpacaConfig(sim.baseUrl(), sim.keyId(), "not-the-secret")).start();

        StreamStatus stopped = listener.awaitState(StreamState.STOPPED, WAIT);

        assertThat(stopped.reason()).isEqualTo(AlpacaTradeStream.UNAUTHORIZED_REASON);
        // Nothing more happens: no reconnect after the refusal.
        assertThat(listener.statuses.poll(700, TimeUnit.MILLISECONDS)).isNull();
        assertThat(sim.stats().stream().connects()).isEqualTo(1);
        assertThat(stream.status().state()).isEqualTo(StreamState.STOPPED);
        assertThat(listener.subscribedCount()).isZero();
    }

    @Test
    void theSecretAppearsInNoStatusAndNoToString() throws Exception {
        startSim();
        streamTo(new AlpacaConfig(sim.baseUrl(), sim.keyId(), sim.secret())).start();
        listener.awaitState(StreamState.LIVE, WAIT);
        sim.setFaults("stream_drop_every_s=1");
        listener.awaitState(StreamState.RECONNECTING, WAIT);

        assertThat(stream.toString()).doesNotContain(sim.secret()).doesNotContain(sim.keyId());
        assertThat(listener.allStatuses).allSatisfy(status -> assertThat(String.valueOf(status))
                .doesNotContain(sim.secret()));
    }

    @Test
    void closeStopsAndLeavesNoThreadOfItsOwn() throws Exception {
        startSim();
        // Other tests in this JVM may own stream threads of their own: judge only the ones this stream made.
        java.util.Set<Thread> before = Thread.getAllStackTraces().keySet();
        streamTo(new AlpacaConfig(sim.baseUrl(), sim.keyId(), sim.secret())).start();
        listener.awaitState(StreamState.LIVE, WAIT);

        stream.close();

        assertThat(stream.status().state()).isEqualTo(StreamState.STOPPED);
        assertThat(stream.status().reason()).isEqualTo(AlpacaTradeStream.CLOSED_REASON);
        // A pool reports termination just before its last worker has returned: give each a moment to end.
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().startsWith("breakwater-trade-stream") && !before.contains(thread)) {
                thread.join(2_000);
                assertThat(thread.isAlive()).as("%s still running", thread.getName()).isFalse();
            }
        }
        assertThat(sim.stats().stream().open()).isZero();
    }
}
