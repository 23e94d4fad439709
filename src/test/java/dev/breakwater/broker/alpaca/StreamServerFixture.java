package dev.breakwater.broker.alpaca;

import dev.breakwater.sim.SimExchange;
import dev.breakwater.sim.SimOrder;
import dev.breakwater.sim.SimOrderRequest;
import dev.breakwater.sim.SimWire;
import dev.breakwater.sim.StreamFrameType;
import dev.breakwater.sim.StreamStats;
import dev.breakwater.sim.TradeUpdatesStream;
import io.javalin.Javalin;
import java.util.function.Consumer;

/**
 * The simulator's {@code trade_updates} stream alone, on a loopback Javalin app, fed by its own exchange:
 * for what {@code SimulatedBroker} does not expose (text frames, sub-second fault periods).
 */
final class StreamServerFixture implements AutoCloseable {

    static final String KEY = "PKSTREAMTEST1234";
    static final String SECRET = "stream-test-secret-do-not-log";

    final TradeUpdatesStream stream = new TradeUpdatesStream(KEY, SECRET);
    final SimExchange exchange = new SimExchange();
    private final Consumer<dev.breakwater.sim.SimTradeEvent> publisher = event -> stream.publish(SimWire.tradeEvent(event));
    private final Javalin app;

    StreamServerFixture() {
        exchange.addListener(publisher);
        app = Javalin.create(config -> {
            config.jetty.host = "127.0.0.1";
            config.jetty.port = 0;
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            stream.install(config, "/stream");
        }).start();
    }

    /** The REST-style base URL; the client derives {@code ws://.../stream} from it. */
    String baseUrl() {
        return "http://127.0.0.1:" + app.port();
    }

    AlpacaConfig config() {
        return new AlpacaConfig(baseUrl(), KEY, SECRET);
    }

    StreamServerFixture textFrames() {
        stream.setFrameType(StreamFrameType.TEXT);
        return this;
    }

    StreamStats stats() {
        return stream.streamStats();
    }

    SimOrder buyMarket(String clientOrderId) {
        return market("buy", clientOrderId);
    }

    /** A market order of one share; alternating buys and sells keep a long burst within buying power. */
    SimOrder market(String side, String clientOrderId) {
        return exchange.place(SimOrderRequest.fromJson("{\"symbol\":\"AAPL\",\"qty\":\"1\",\"side\":\"" + side
                + "\",\"type\":\"market\",\"time_in_force\":\"day\",\"client_order_id\":\"" + clientOrderId
                + "\"}"));
    }

    @Override
    public void close() {
        exchange.removeListener(publisher);
        stream.close();
        app.stop();
    }
}
