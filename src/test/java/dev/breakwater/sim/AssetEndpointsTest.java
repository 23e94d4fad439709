package dev.breakwater.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The assets endpoints and what the asset flags do to order placement. */
class AssetEndpointsTest {

    private final BrokerFixture sim = new BrokerFixture();

    @AfterEach
    void close() {
        sim.close();
    }

    @Test
    void oneAssetInAlpacasShape() throws Exception {
        SimHttp.Reply reply = sim.http.get("/v2/assets/AAPL");
        assertThat(reply.status()).isEqualTo(200);
        JsonNode asset = reply.json();
        List<String> names = new java.util.ArrayList<>();
        asset.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactly("id", "class", "exchange", "symbol", "name", "status", "tradable",
                "marginable", "shortable", "easy_to_borrow", "fractionable");
        assertThat(asset.get("id").asText()).isEqualTo(sim.exchange().assets().assetId("AAPL")).hasSize(36);
        assertThat(asset.get("class").asText()).isEqualTo("us_equity");
        assertThat(asset.get("exchange").asText()).isEqualTo("NASDAQ");
        assertThat(asset.get("symbol").asText()).isEqualTo("AAPL");
        assertThat(asset.get("name").asText()).contains("Apple");
        assertThat(asset.get("status").asText()).isEqualTo("active");
        for (String flag : List.of("tradable", "marginable", "shortable", "easy_to_borrow", "fractionable")) {
            assertThat(asset.get(flag).isBoolean()).as(flag).isTrue();
            assertThat(asset.get(flag).asBoolean()).as(flag).isTrue();
        }
        assertThat(sim.http.get("/v2/assets/SPY").json().get("exchange").asText()).isEqualTo("ARCA");
    }

    @Test
    void theListHoldsTheUniverseWithItsUnusualFlags() throws Exception {
        SimHttp.Reply reply = sim.http.get("/v2/assets?status=active&asset_class=us_equity");
        assertThat(reply.status()).isEqualTo(200);
        Map<String, JsonNode> bySymbol = bySymbol(reply.json());
        assertThat(bySymbol).containsKeys("AAPL", "MSFT", "SPY", "BRK.B", "ZVZZT", "HTZ", "HALTD")
                .doesNotContainKey("DELIST");
        assertThat(bySymbol.values()).allSatisfy(a -> assertThat(a.get("status").asText()).isEqualTo("active"));
        assertThat(bySymbol.get("HALTD").get("tradable").asBoolean()).isFalse();
        assertThat(bySymbol.get("ZVZZT").get("fractionable").asBoolean()).isFalse();
        assertThat(bySymbol.get("ZVZZT").get("tradable").asBoolean()).isTrue();
        assertThat(bySymbol.get("HTZ").get("shortable").asBoolean()).isFalse();
        assertThat(bySymbol.get("HTZ").get("easy_to_borrow").asBoolean()).isFalse();
        assertThat(bySymbol.get("HTZ").get("tradable").asBoolean()).isTrue();
        long tradable = bySymbol.values().stream().filter(a -> a.get("tradable").asBoolean()).count();
        assertThat(tradable).isEqualTo(bySymbol.size() - 1);

        Map<String, JsonNode> all = bySymbol(sim.http.get("/v2/assets").json());
        assertThat(all).containsKey("DELIST");
        JsonNode delisted = all.get("DELIST");
        assertThat(delisted.get("status").asText()).isEqualTo("inactive");
        assertThat(delisted.get("tradable").asBoolean()).isFalse();
        assertThat(bySymbol(sim.http.get("/v2/assets?status=inactive").json())).containsOnlyKeys("DELIST");
        assertThat(sim.http.get("/v2/assets?asset_class=crypto").json()).isEmpty();
        assertThat(sim.http.get("/v2/assets?status=sleepy").status()).isEqualTo(422);
    }

    @Test
    void unknownAssetsAre404() throws Exception {
        try (BrokerFixture withUnknown = new BrokerFixture(b -> b.exchange(new SimExchange(
                SimExchangeConfig.builder().unknownSymbols(Set.of("NOPE")).build())).rateLimit(0))) {
            for (String symbol : List.of("NOPE", "bad$")) {
                SimHttp.Reply reply = withUnknown.http.get("/v2/assets/" + symbol);
                assertThat(reply.status()).as(symbol).isEqualTo(404);
                assertThat(reply.body()).isEqualTo("{\"code\":40410000,\"message\":\"asset not found\"}");
            }
        }
    }

    @Test
    void ordersForUntradableAssetsAreRefused() throws Exception {
        for (String symbol : List.of("HALTD", "DELIST")) {
            SimHttp.Reply reply = sim.http.post("/v2/orders",
                    "{\"symbol\":\"" + symbol + "\",\"qty\":\"1\",\"side\":\"buy\",\"type\":\"market\",\"time_in_force\":\"day\"}");
            assertThat(reply.status()).as(symbol).isEqualTo(422);
            assertThat(reply.json().get("code").asInt()).isEqualTo(42210000);
            assertThat(reply.json().get("message").asText()).isEqualTo("asset " + symbol + " is not tradable");
        }
        assertThat(sim.exchange().allOrders()).isEmpty();
        // Market data for them is still served.
        assertThat(sim.http.get("/v2/stocks/HALTD/trades/latest").status()).isEqualTo(200);
    }

    @Test
    void fractionalOrdersForANonFractionableAssetAreRefusedWholeOnesNot() throws Exception {
        SimHttp.Reply fractional = sim.http.post("/v2/orders",
                "{\"symbol\":\"ZVZZT\",\"qty\":\"0.5\",\"side\":\"buy\",\"type\":\"market\",\"time_in_force\":\"day\"}");
        assertThat(fractional.status()).isEqualTo(422);
        assertThat(fractional.json().get("message").asText()).isEqualTo("asset ZVZZT is not fractionable");
        SimHttp.Reply notional = sim.http.post("/v2/orders",
                "{\"symbol\":\"ZVZZT\",\"notional\":\"50\",\"side\":\"buy\",\"type\":\"market\",\"time_in_force\":\"day\"}");
        assertThat(notional.status()).isEqualTo(422);
        SimHttp.Reply whole = sim.http.post("/v2/orders",
                "{\"symbol\":\"ZVZZT\",\"qty\":\"2\",\"side\":\"buy\",\"type\":\"market\",\"time_in_force\":\"day\"}");
        assertThat(whole.status()).isEqualTo(200);
    }

    @Test
    void aHardToBorrowAssetCannotBeSoldShort() throws Exception {
        SimHttp.Reply reply = sim.http.post("/v2/orders",
                "{\"symbol\":\"HTZ\",\"qty\":\"1\",\"side\":\"sell\",\"type\":\"market\",\"time_in_force\":\"day\"}");
        assertThat(reply.status()).isEqualTo(403);
        SimHttp.Reply shortable = sim.http.post("/v2/orders",
                "{\"symbol\":\"AAPL\",\"qty\":\"1\",\"side\":\"sell\",\"type\":\"market\",\"time_in_force\":\"day\"}");
        assertThat(shortable.status()).isEqualTo(200);
    }

    private static Map<String, JsonNode> bySymbol(JsonNode array) {
        Map<String, JsonNode> map = new HashMap<>();
        array.forEach(asset -> map.put(asset.get("symbol").asText(), asset));
        return map;
    }
}
