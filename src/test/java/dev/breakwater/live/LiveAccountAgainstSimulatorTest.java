package dev.breakwater.live;

import dev.breakwater.testing.MutableClock;
import dev.breakwater.testing.ManualScheduler;
import static org.assertj.core.api.Assertions.assertThat;

import dev.breakwater.broker.alpaca.AlpacaConfig;
import dev.breakwater.broker.alpaca.AlpacaRestClient;
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
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The live account against the simulated broker's REST API: fills refresh account and positions, and the
 * gap recovery brings back what happened while the stream was down. The stream itself is played by the
 * test (events built from the orders the simulator returns), so no stream client is needed here.
 */
class LiveAccountAgainstSimulatorTest {

    private final ClientOrderIds ids = ClientOrderIds.create();
    private final ManualScheduler scheduler = new ManualScheduler();
    private final List<TradeUpdate> forwarded = new CopyOnWriteArrayList<>();
    private final List<ChangeBatch> batches = new CopyOnWriteArrayList<>();
    private SimulatedBroker sim;
    private AlpacaRestClient client;
    private LiveAccount live;

    @BeforeEach
    void start() {
        sim = SimulatedBroker.builder().seed(11).rateLimit(0).tickInterval(Duration.ZERO).build().start();
        client = new AlpacaRestClient(new AlpacaConfig(sim.baseUrl(), sim.keyId(), sim.secret()));
        live = new LiveAccount(client, scheduler, new MutableClock(Instant.now()), LiveAccountSettings.defaults(),
                forwarded::add);
        live.subscribe(batches::add);
    }

    @AfterEach
    void stop() {
        live.close();
        scheduler.shutdownNow();
        client.close();
        sim.close();
    }

    private OrderRequest market(String symbol, String qty) {
        return OrderRequest.builder().symbol(symbol).qty(qty).side(Side.BUY).type(OrderType.MARKET)
                .timeInForce(TimeInForce.DAY).clientOrderId(ids.next()).build();
    }

    private OrderRequest farLimit(String symbol) {
        return OrderRequest.builder().symbol(symbol).qty("5").side(Side.BUY).type(OrderType.LIMIT).limitPrice("1.00")
                .timeInForce(TimeInForce.GTC).clientOrderId(ids.next()).build();
    }

    private static TradeUpdate event(TradeEvent event, Order order) {
        return new TradeUpdate(event, event.wire(), order, null, order.updatedAt(), order.filledAvgPrice(),
                order.filledQty(), order.filledQty());
    }

    @Test
    void fillsUpdateTheOrderAndOneDebouncedRefreshReadsAccountAndPositions() {
        Order first = client.getOrder(client.placeOrder(market("AAPL", "4")).id());
        Order second = client.getOrder(client.placeOrder(market("MSFT", "2")).id());
        assertThat(first.status()).isEqualTo(OrderStatus.FILLED);

        live.onTradeUpdate(event(TradeEvent.FILL, first));
        live.onTradeUpdate(event(TradeEvent.FILL, second));

        assertThat(live.order(first.id())).contains(first);
        assertThat(forwarded).hasSize(2);
        assertThat(scheduler.pendingOneShots()).isEqualTo(1);
        long requestsBefore = sim.stats().apiRequests();

        scheduler.runOneShots();

        assertThat(sim.stats().apiRequests() - requestsBefore).isEqualTo(2);
        assertThat(live.account().cash()).isEqualByComparingTo(client.getAccount().cash());
        assertThat(live.positions()).extracting(position -> position.symbol())
                .containsExactlyInAnyOrder("AAPL", "MSFT");
        assertThat(batches.get(batches.size() - 1).accountChanged()).isTrue();
        assertThat(batches.get(batches.size() - 1).positionsChanged()).isTrue();
    }

    @Test
    void recoveryMergesWhatChangedWhileDisconnected() {
        Order working = client.placeOrder(farLimit("KO"));
        live.onTradeUpdate(event(TradeEvent.NEW, working));

        // The stream is down: these happen unseen.
        client.cancelOrder(working.id());
        Order filled = client.placeOrder(market("PEP", "3"));
        Order open = client.placeOrder(farLimit("XOM"));

        live.onSubscribed();

        assertThat(live.order(working.id()).get().status()).isEqualTo(OrderStatus.CANCELED);
        assertThat(live.order(filled.id()).get().status()).isEqualTo(OrderStatus.FILLED);
        assertThat(live.order(filled.id()).get().filledQty()).isEqualByComparingTo("3");
        assertThat(live.order(open.id()).get().status()).isEqualTo(OrderStatus.NEW);
        assertThat(live.byClientOrderId(open.clientOrderId())).isPresent();
        assertThat(live.positions()).extracting(position -> position.symbol()).containsExactly("PEP");
        assertThat(live.account()).isNotNull();
        assertThat(live.recovered()).isTrue();
    }

    @Test
    void recoveryPagesPastFiveHundredOrders() {
        for (int i = 0; i < 1_100; i++) {
            sim.exchange().place(SimOrderRequest.fromJson("{\"symbol\":\"KO\",\"qty\":\"1\",\"side\":\"buy\","
                    + "\"type\":\"limit\",\"limit_price\":\"1.00\",\"time_in_force\":\"gtc\",\"client_order_id\":\"bw-live-"
                    + i + "\"}"));
        }

        live.onSubscribed();

        assertThat(live.orders()).hasSize(1_100);
        assertThat(live.byClientOrderId("bw-live-1099")).isPresent();
        // One batch for the whole recovery, not one per order.
        assertThat(batches.stream().filter(batch -> !batch.orders().isEmpty()).count()).isEqualTo(1);
    }

    @Test
    void anOrderTooNewToBeVisibleAtRecoveryIsFoundByTheSecondLook() {
        MutableClock brokerTime = new MutableClock(Instant.now());
        try (SimulatedBroker slow = SimulatedBroker.builder().seed(3).rateLimit(0).tickInterval(Duration.ZERO)
                .clock(brokerTime).faults("delayed_visibility_ms=1000").build().start();
             AlpacaRestClient slowClient = new AlpacaRestClient(
                     new AlpacaConfig(slow.baseUrl(), slow.keyId(), slow.secret()))) {
            ManualScheduler timers = new ManualScheduler();
            LiveAccount model = new LiveAccount(slowClient, timers, new MutableClock(Instant.now()),
                    LiveAccountSettings.defaults(), null);
            Order placed = slowClient.placeOrder(market("KO", "2"));

            model.onSubscribed();
            assertThat(model.order(placed.id())).as("invisible to the first recovery").isEmpty();

            brokerTime.advance(Duration.ofSeconds(2)); // the order has become visible
            assertThat(slowClient.getOrder(placed.id()).id()).isEqualTo(placed.id());
            timers.runOneShots(); // the second look

            assertThat(model.order(placed.id())).as("found by the second look").isPresent();
            model.close();
            timers.shutdownNow();
        }
    }
}
