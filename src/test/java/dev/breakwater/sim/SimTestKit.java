package dev.breakwater.sim;

import dev.breakwater.testing.MutableClock;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * An exchange on a hand-moved clock and hand-set prices, with seeded ids and every event recorded:
 * what the exchange tests share. Prices start at AAPL 200.00, MSFT 400.00, CHEAP 10.00; other symbols
 * cost {@link ManualPriceModel#DEFAULT_PRICE}.
 */
final class SimTestKit {

    /** A Friday afternoon; the default session closes at the next UTC midnight. */
    static final Instant START = Instant.parse("2026-11-27T14:30:00.123456789Z");

    final MutableClock clock = new MutableClock(START);
    final ManualPriceModel prices = new ManualPriceModel()
            .set("AAPL", "200.00").set("MSFT", "400.00").set("CHEAP", "10.00");
    final List<SimTradeEvent> events = new CopyOnWriteArrayList<>();
    final SimExchange exchange;

    SimTestKit() {
        this(builder -> {
        });
    }

    SimTestKit(Consumer<SimExchangeConfig.Builder> customize) {
        SimExchangeConfig.Builder builder = SimExchangeConfig.builder()
                .clock(clock).priceModel(prices).ids(SimIds.seeded(7));
        customize.accept(builder);
        exchange = new SimExchange(builder.build());
        exchange.addListener(events::add);
    }

    /**
     * A JSON object from key/value pairs: values are JSON strings, except {@code {…}} objects, numbers
     * prefixed with {@code #} and {@code true}/{@code false}, which are written raw.
     */
    static String json(String... keysAndValues) {
        StringBuilder json = new StringBuilder("{");
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (i > 0) {
                json.append(',');
            }
            String value = keysAndValues[i + 1];
            json.append('"').append(keysAndValues[i]).append("\":");
            if (value.startsWith("{") || value.equals("true") || value.equals("false")) {
                json.append(value);
            } else if (value.startsWith("#")) {
                json.append(value.substring(1));
            } else {
                json.append('"').append(value).append('"');
            }
        }
        return json.append('}').toString();
    }

    static SimOrderRequest request(String... keysAndValues) {
        return SimOrderRequest.fromJson(json(keysAndValues));
    }

    SimOrder place(String... keysAndValues) {
        return exchange.place(request(keysAndValues));
    }

    SimOrder market(String symbol, String side, String qty) {
        return place("symbol", symbol, "qty", qty, "side", side, "type", "market", "time_in_force", "day");
    }

    SimOrder limit(String symbol, String side, String qty, String limitPrice, String tif) {
        return place("symbol", symbol, "qty", qty, "side", side, "type", "limit", "time_in_force", tif,
                "limit_price", limitPrice);
    }

    /** Sets a price and matches once. */
    void tickAt(String symbol, String price) {
        prices.set(symbol, price);
        exchange.tick();
    }

    SimOrder get(SimOrder order) {
        return exchange.get(order.id());
    }

    List<SimTradeEvent> eventsOf(SimOrder order) {
        return events.stream().filter(e -> e.order().id().equals(order.id())).toList();
    }

    List<SimEventType> eventTypesOf(SimOrder order) {
        return eventsOf(order).stream().map(SimTradeEvent::event).toList();
    }

    static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }
}
