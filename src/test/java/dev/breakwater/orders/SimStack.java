package dev.breakwater.orders;

import dev.breakwater.testing.MutableClock;
import dev.breakwater.broker.Broker;
import dev.breakwater.broker.alpaca.AlpacaConfig;
import dev.breakwater.broker.alpaca.AlpacaRestClient;
import dev.breakwater.domain.ClientOrderIds;
import dev.breakwater.domain.Order;
import dev.breakwater.domain.OrderRequest;
import dev.breakwater.domain.OrderType;
import dev.breakwater.domain.Side;
import dev.breakwater.domain.TimeInForce;
import dev.breakwater.journal.OrderJournal;
import dev.breakwater.resilience.Resilience;
import dev.breakwater.resilience.ResilienceSettings;
import dev.breakwater.resilience.RetrySettings;
import dev.breakwater.sim.FaultPlan;
import dev.breakwater.sim.SimulatedBroker;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;

/**
 * The real stack under the order service: the simulated broker on loopback, the Alpaca REST client with
 * a short call timeout, and the resilience layer with a sleeper that does not wait. The service's own
 * clock is a {@link MutableClock} the test moves.
 */
final class SimStack implements AutoCloseable {

    static final String ACCOUNT = "PA-SIM-0001";
    /** Shorter than every slow reply the tests ask for. */
    static final Duration CALL_TIMEOUT = Duration.ofMillis(1000);

    final SimulatedBroker sim;
    final AlpacaRestClient client;
    /** Without the short timeout: for the test's own setup calls, which must not flake on a busy machine. */
    final AlpacaRestClient direct;
    final Broker broker;
    final MutableClock clock = new MutableClock(Instant.now());
    final ClientOrderIds ids = ClientOrderIds.create();
    final IntentLocks locks = new IntentLocks();
    private final long requestsBefore;

    private SimStack(String faults, int maxRetries) {
        sim = SimulatedBroker.builder().seed(42).tickInterval(Duration.ZERO).faults(faults).build().start();
        client = new AlpacaRestClient(new AlpacaConfig(sim.baseUrl(), sim.keyId(), sim.secret(), Duration.ofSeconds(2),
                CALL_TIMEOUT));
        ResilienceSettings settings = ResilienceSettings.defaults()
                .withRetry(RetrySettings.defaults().withMaxRetries(maxRetries));
        broker = Resilience.create(settings, new SimpleMeterRegistry(), Clock.systemUTC(), duration -> { },
                new Random(7)).decorate(client);
        direct = new AlpacaRestClient(new AlpacaConfig(sim.baseUrl(), sim.keyId(), sim.secret()));
        // Warm the server and the client up, so the first measured call is not slowed by class loading.
        FaultPlan plan = sim.faults();
        sim.setFaults(FaultPlan.NONE);
        // (Not through the client under test: a pooled connection would meet an outage as a cut, not a refusal.)
        direct.getClock();
        sim.setFaults(plan);
        requestsBefore = sim.stats().apiRequests();
    }

    /** With the resilience layer's default retries (3). */
    static SimStack start(String faults) {
        return new SimStack(faults, 3);
    }

    /** With a single placement attempt, so a lost reply ends the click as Unknown. */
    static SimStack singleAttempt(String faults) {
        return new SimStack(faults, 0);
    }

    OrderService service(OrderJournal journal, OrderSettings settings) {
        return new OrderService(journal, broker, locks, clock, settings);
    }

    Reconciler reconciler(OrderJournal journal, OrderSettings settings) {
        return new Reconciler(journal, broker, locks, ACCOUNT, clock, settings);
    }

    /** A buy limit far below the market: it rests, status new. */
    OrderRequest.Builder restingBuy(String symbol, String qty) {
        return OrderRequest.builder().symbol(symbol).qty(qty).side(Side.BUY).type(OrderType.LIMIT)
                .limitPrice("1.00").timeInForce(TimeInForce.DAY).clientOrderId(ids.next());
    }

    Ticket ticket(String symbol, String qty) {
        return Ticket.open(ACCOUNT, restingBuy(symbol, qty).build(), ids);
    }

    /** Places an order at the simulator directly, bypassing the journal. */
    Order placeDirectly(OrderRequest request) {
        return direct.placeOrder(request);
    }

    /** Orders the simulated exchange holds with this client_order_id: the duplicate check. */
    long ordersAtBroker(String clientOrderId) {
        return sim.exchange().allOrders().stream().filter(order -> clientOrderId.equals(order.clientOrderId())).count();
    }

    /** REST requests the simulator received since the warm-up. */
    long apiRequests() {
        return sim.stats().apiRequests() - requestsBefore;
    }

    @Override
    public void close() {
        client.close();
        direct.close();
        sim.close();
    }
}
