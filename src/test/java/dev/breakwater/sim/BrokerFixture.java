package dev.breakwater.sim;

import dev.breakwater.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * A started {@link SimulatedBroker} for HTTP tests: hand-moved clock, hand-set prices (AAPL 200.00,
 * MSFT 400.00), seeded ids, no ticker, no rate limit unless the test sets one; plus a raw client.
 */
final class BrokerFixture implements AutoCloseable {

    static final Instant START = Instant.parse("2026-11-27T14:30:00.123456789Z");

    final MutableClock clock = new MutableClock(START);
    final ManualPriceModel prices = new ManualPriceModel().set("AAPL", "200.00").set("MSFT", "400.00");
    final SimulatedBroker broker;
    final SimHttp http;

    BrokerFixture() {
        this(builder -> {
        });
    }

    BrokerFixture(Consumer<SimulatedBroker.Builder> customize) {
        SimExchange exchange = new SimExchange(SimExchangeConfig.builder()
                .clock(clock).priceModel(prices).ids(SimIds.seeded(11)).build());
        SimulatedBroker.Builder builder = SimulatedBroker.builder()
                .exchange(exchange).seed(42).rateLimit(0).tickInterval(Duration.ZERO);
        customize.accept(builder);
        broker = builder.build().start();
        http = new SimHttp(broker);
    }

    SimExchange exchange() {
        return broker.exchange();
    }

    @Override
    public void close() {
        http.close();
        broker.close();
    }
}
