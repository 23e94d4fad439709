package dev.breakwater.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The market data endpoints through HTTP: shapes, numbers, agreement with fills, 404/422, auth. */
class MarketDataEndpointsTest {

    private final BrokerFixture sim = new BrokerFixture(b -> { });

    @AfterEach
    void close() {
        sim.close();
    }

    @Test
    void latestTradeHasAlpacasKeysWithNumbers() throws Exception {
        SimHttp.Reply reply = sim.http.get("/v2/stocks/AAPL/trades/latest?feed=iex");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Content-Type")).startsWith("application/json");
        JsonNode body = reply.json();
        assertThat(body.get("symbol").asText()).isEqualTo("AAPL");
        JsonNode trade = body.get("trade");
        assertThat(fieldNames(trade)).containsExactly("i", "S", "c", "x", "p", "s", "t", "z");
        assertThat(trade.get("p").isNumber()).isTrue();
        assertThat(trade.get("p").decimalValue()).isEqualByComparingTo("200.00");
        assertThat(reply.body()).contains("\"p\":200.00");
        assertThat(trade.get("s").isIntegralNumber()).isTrue();
        assertThat(trade.get("s").asLong()).isPositive();
        assertThat(trade.get("i").isIntegralNumber()).isTrue();
        assertThat(trade.get("x").asText()).isEqualTo("V");
        assertThat(trade.get("z").asText()).isEqualTo("C");
        assertThat(trade.get("S").asText()).isEqualTo("AAPL");
        assertThat(trade.get("c").isArray()).isTrue();
        assertThat(trade.get("t").asText()).isEqualTo("2026-11-27T14:30:00.123456789Z");
    }

    @Test
    void latestQuoteHasBidBelowLastBelowAsk() throws Exception {
        sim.prices.set("MSFT", "187.03");
        SimHttp.Reply reply = sim.http.get("/v2/stocks/MSFT/quotes/latest?feed=sip");
        assertThat(reply.status()).isEqualTo(200);
        JsonNode body = reply.json();
        assertThat(body.get("symbol").asText()).isEqualTo("MSFT");
        JsonNode quote = body.get("quote");
        assertThat(fieldNames(quote)).containsExactly("ax", "ap", "as", "bx", "bp", "bs", "c", "t", "z");
        assertThat(quote.get("ap").isNumber()).isTrue();
        assertThat(quote.get("bp").isNumber()).isTrue();
        BigDecimal bid = quote.get("bp").decimalValue();
        BigDecimal ask = quote.get("ap").decimalValue();
        assertThat(bid).isLessThan(new BigDecimal("187.03"));
        assertThat(ask).isGreaterThan(new BigDecimal("187.03"));
        assertThat(ask.subtract(bid)).isLessThanOrEqualTo(new BigDecimal("0.10"));
        assertThat(bid.scale()).isEqualTo(2);
        assertThat(ask.scale()).isEqualTo(2);
        assertThat(quote.get("as").isIntegralNumber()).isTrue();
        assertThat(quote.get("bs").isIntegralNumber()).isTrue();
        assertThat(quote.get("ax").asText()).isEqualTo("V");
        assertThat(quote.get("t").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{9}Z");
    }

    @Test
    void lastTradeIsTheFillPriceAndFollowsTheModel() throws Exception {
        SimHttp.Reply placed = sim.http.post("/v2/orders",
                "{\"symbol\":\"AAPL\",\"qty\":\"1\",\"side\":\"buy\",\"type\":\"market\",\"time_in_force\":\"day\"}");
        assertThat(placed.status()).isEqualTo(200);
        BigDecimal last = sim.http.get("/v2/stocks/AAPL/trades/latest").json().get("trade").get("p").decimalValue();
        assertThat(sim.http.get("/v2/positions/AAPL").json().get("avg_entry_price").asText())
                .isEqualTo(last.toPlainString());

        sim.prices.set("AAPL", "201.37");
        sim.exchange().tick();
        sim.clock.advance(Duration.ofSeconds(1));
        JsonNode trade = sim.http.get("/v2/stocks/AAPL/trades/latest").json().get("trade");
        assertThat(trade.get("p").decimalValue()).isEqualByComparingTo("201.37");
        assertThat(trade.get("t").asText()).isEqualTo("2026-11-27T14:30:01.123456789Z");
    }

    @Test
    void aSeededRandomWalkMovesTheLastTradeAfterTicks() throws Exception {
        SimExchange exchange = new SimExchange(SimExchangeConfig.builder().seed(7).build());
        try (SimulatedBroker broker = SimulatedBroker.builder().exchange(exchange).rateLimit(0)
                .tickInterval(Duration.ZERO).build().start(); SimHttp http = new SimHttp(broker)) {
            BigDecimal before = http.get("/v2/stocks/SPY/trades/latest").json().get("trade").get("p").decimalValue();
            assertThat(before).isEqualByComparingTo(exchange.quote("SPY").last());
            BigDecimal after = before;
            for (int i = 0; i < 50 && after.compareTo(before) == 0; i++) {
                exchange.tick();
                after = http.get("/v2/stocks/SPY/trades/latest").json().get("trade").get("p").decimalValue();
            }
            assertThat(after).isNotEqualByComparingTo(before);
            assertThat(after.scale()).isEqualTo(2);
            JsonNode quote = http.get("/v2/stocks/SPY/quotes/latest").json().get("quote");
            assertThat(quote.get("bp").decimalValue()).isLessThan(after);
            assertThat(quote.get("ap").decimalValue()).isGreaterThan(after);
        }
    }

    @Test
    void aSnapshotHoldsTradeQuoteAndBars() throws Exception {
        SimHttp.Reply reply = sim.http.get("/v2/stocks/AAPL/snapshot?feed=iex");
        assertThat(reply.status()).isEqualTo(200);
        JsonNode snapshot = reply.json();
        assertThat(fieldNames(snapshot))
                .containsExactly("latestTrade", "latestQuote", "minuteBar", "dailyBar", "prevDailyBar");
        assertThat(snapshot.get("latestTrade").get("p").decimalValue()).isEqualByComparingTo("200.00");
        assertThat(snapshot.get("latestQuote").get("bp").decimalValue()).isLessThan(new BigDecimal("200.00"));
        for (String bar : List.of("minuteBar", "dailyBar", "prevDailyBar")) {
            JsonNode node = snapshot.get(bar);
            assertThat(fieldNames(node)).as(bar).containsExactly("o", "h", "l", "c", "v", "t", "n", "vw");
            for (String price : List.of("o", "h", "l", "c", "vw")) {
                assertThat(node.get(price).isNumber()).as(bar + "." + price).isTrue();
            }
            assertThat(node.get("v").isIntegralNumber()).isTrue();
            assertThat(node.get("n").isIntegralNumber()).isTrue();
            assertThat(node.get("h").decimalValue()).isGreaterThanOrEqualTo(node.get("l").decimalValue());
        }
        assertThat(snapshot.get("dailyBar").get("c").decimalValue()).isEqualByComparingTo("200.00");
        assertThat(snapshot.get("minuteBar").get("t").asText()).isEqualTo("2026-11-27T14:30:00.000000000Z");
        assertThat(snapshot.get("dailyBar").get("t").asText()).isEqualTo("2026-11-27T00:00:00.000000000Z");
        assertThat(snapshot.get("prevDailyBar").get("t").asText()).isEqualTo("2026-11-26T00:00:00.000000000Z");
    }

    @Test
    void dailyBarOpensAtTheLastCloseAndRangesToTheLastPrice() throws Exception {
        sim.http.get("/v2/stocks/MSFT/snapshot"); // first seen at 400.00: that is its last close
        sim.prices.set("MSFT", "410.55");
        JsonNode daily = sim.http.get("/v2/stocks/MSFT/snapshot").json().get("dailyBar");
        assertThat(daily.get("o").decimalValue()).isEqualByComparingTo("400.00");
        assertThat(daily.get("h").decimalValue()).isEqualByComparingTo("410.55");
        assertThat(daily.get("l").decimalValue()).isEqualByComparingTo("400.00");
        assertThat(daily.get("c").decimalValue()).isEqualByComparingTo("410.55");
    }

    @Test
    void snapshotsAreKeyedBySymbolAndLeaveOutUnknownOnes() throws Exception {
        try (BrokerFixture withUnknown = new BrokerFixture(b -> b.exchange(new SimExchange(
                SimExchangeConfig.builder().unknownSymbols(Set.of("NOPE")).build())).rateLimit(0))) {
            SimHttp.Reply reply = withUnknown.http.get("/v2/stocks/snapshots?symbols=AAPL,NOPE,MSFT&feed=iex");
            assertThat(reply.status()).isEqualTo(200);
            JsonNode body = reply.json();
            assertThat(fieldNames(body)).containsExactly("AAPL", "MSFT");
            assertThat(body.get("AAPL").has("latestTrade")).isTrue();
            assertThat(body.get("MSFT").get("latestQuote").get("ap").isNumber()).isTrue();
            assertThat(withUnknown.http.get("/v2/stocks/snapshots?symbols=NOPE").json()).isEmpty();
        }
    }

    @Test
    void unknownSymbolsAre404AndMalformedOnes422() throws Exception {
        try (BrokerFixture withUnknown = new BrokerFixture(b -> b.exchange(new SimExchange(
                SimExchangeConfig.builder().unknownSymbols(Set.of("NOPE")).build())).rateLimit(0))) {
            for (String path : List.of("/v2/stocks/NOPE/trades/latest", "/v2/stocks/NOPE/quotes/latest",
                    "/v2/stocks/NOPE/snapshot")) {
                SimHttp.Reply reply = withUnknown.http.get(path);
                assertThat(reply.status()).as(path).isEqualTo(404);
                assertThat(reply.body()).as(path).isEqualTo("{\"code\":40410000,\"message\":\"symbol not found\"}");
            }
            SimHttp.Reply malformed = withUnknown.http.get("/v2/stocks/a$b/trades/latest");
            assertThat(malformed.status()).isEqualTo(422);
            assertThat(malformed.json().get("code").asInt()).isEqualTo(42210000);
            assertThat(withUnknown.http.get("/v2/stocks/snapshots?symbols=AAPL,bad!").status()).isEqualTo(422);
            assertThat(withUnknown.http.get("/v2/stocks/snapshots").status()).isEqualTo(422);
        }
    }

    @Test
    void marketDataNeedsTheKeys() throws Exception {
        for (String path : List.of("/v2/stocks/AAPL/trades/latest", "/v2/stocks/AAPL/quotes/latest",
                "/v2/stocks/AAPL/snapshot", "/v2/stocks/snapshots?symbols=AAPL", "/v2/assets", "/v2/assets/AAPL")) {
            SimHttp.Reply reply = sim.http.send(path, r -> r.removeHeader("APCA-API-KEY-ID")
                    .removeHeader("APCA-API-SECRET-KEY"));
            assertThat(reply.status()).as(path).isEqualTo(401);
            assertThat(reply.body()).isEqualTo("{\"message\":\"unauthorized\"}");
        }
    }

    @Test
    void marketDataCountsAgainstTheRateLimit() throws Exception {
        try (BrokerFixture limited = new BrokerFixture(b -> b.rateLimit(2))) {
            assertThat(limited.http.get("/v2/stocks/AAPL/trades/latest").status()).isEqualTo(200);
            assertThat(limited.http.get("/v2/stocks/AAPL/quotes/latest").status()).isEqualTo(200);
            assertThat(limited.http.get("/v2/stocks/AAPL/snapshot").status()).isEqualTo(429);
        }
    }

    @Test
    void marketDataTakesInjectedErrors() throws Exception {
        try (BrokerFixture faulty = new BrokerFixture(b -> b.faults("error_rate=1"))) {
            for (String path : List.of("/v2/stocks/AAPL/trades/latest", "/v2/stocks/snapshots?symbols=AAPL",
                    "/v2/assets/AAPL")) {
                assertThat(faulty.http.get(path).status()).as(path).isIn(500, 502, 503, 504);
            }
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
