package dev.breakwater.sim;

import dev.breakwater.testing.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A run on the default random walk is reproduced exactly from its seeds and its sequence of calls. */
class SimExchangeDeterminismTest {

    @Test
    void theSameSeedsAndCallsGiveTheSameEventStreamByteForByte() {
        List<String> first = run(21);

        assertThat(first).isEqualTo(run(21));
        assertThat(first).anyMatch(json -> json.contains("\"event\":\"fill\""));
        assertThat(first).anyMatch(json -> json.contains("\"event\":\"expired\""));
    }

    @Test
    void anotherPriceSeedGivesAnotherRun() {
        assertThat(run(21)).isNotEqualTo(run(22));
    }

    /** Resting orders around the market, a day of ticks across a close; every event as wire JSON. */
    private static List<String> run(long seed) {
        MutableClock clock = new MutableClock(SimTestKit.START);
        SimExchange exchange = new SimExchange(SimExchangeConfig.builder()
                .clock(clock).seed(seed).ids(SimIds.seeded(1)).build());
        List<String> wire = new ArrayList<>();
        exchange.addListener(event -> wire.add(SimWire.text(SimWire.tradeEvent(event))));

        for (String symbol : List.of("AAPL", "SPY", "KO", "XYZ")) {
            java.math.BigDecimal price = exchange.quote(symbol).last();
            exchange.place(SimTestKit.request("symbol", symbol, "qty", "10", "side", "buy", "type", "limit",
                    "time_in_force", "day", "limit_price", price.subtract(new java.math.BigDecimal("0.50")).toPlainString()));
            exchange.place(SimTestKit.request("symbol", symbol, "qty", "10", "side", "sell", "type", "trailing_stop",
                    "time_in_force", "gtc", "trail_percent", "0.3"));
        }
        for (int i = 0; i < 2_000; i++) {
            clock.advance(Duration.ofSeconds(20));
            exchange.tick();
        }
        wire.add(SimWire.text(SimWire.account(exchange.account())));
        wire.add(SimWire.text(SimWire.positions(exchange.positions())));
        return wire;
    }
}
