package dev.breakwater.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The order endpoints through HTTP: status codes, shapes and Alpaca's error bodies. */
class OrderEndpointsTest {

    private final BrokerFixture sim = new BrokerFixture();

    @AfterEach
    void close() {
        sim.close();
    }

    @Test
    void placeReturnsTheOrderInAlpacasShape() throws Exception {
        SimHttp.Reply reply = sim.http.post("/v2/orders", SimHttp.restingBuy("AAPL", "10", "cid-1"));
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Content-Type")).startsWith("application/json");
        JsonNode order = reply.json();
        assertThat(order.get("id").asText()).hasSize(36);
        assertThat(order.get("client_order_id").asText()).isEqualTo("cid-1");
        assertThat(order.get("symbol").asText()).isEqualTo("AAPL");
        assertThat(order.get("qty").isTextual()).isTrue();
        assertThat(order.get("qty").asText()).isEqualTo("10");
        assertThat(order.get("limit_price").asText()).isEqualTo("1.00");
        assertThat(order.get("status").asText()).isEqualTo("new");
        assertThat(order.get("created_at").asText()).endsWith("Z").contains("T");
        assertThat(sim.exchange().get(order.get("id").asText()).clientOrderId()).isEqualTo("cid-1");
    }

    @Test
    void aDuplicateClientOrderIdIs422WithAlpacasCode() throws Exception {
        assertThat(sim.http.post("/v2/orders", SimHttp.restingBuy("AAPL", "1", "dup")).status()).isEqualTo(200);
        SimHttp.Reply again = sim.http.post("/v2/orders", SimHttp.restingBuy("MSFT", "2", "dup"));
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.json().get("code").asInt()).isEqualTo(40010001);
        assertThat(again.json().get("message").asText()).isEqualTo("client_order_id must be unique");
        assertThat(sim.exchange().allOrders()).hasSize(1);
    }

    @Test
    void insufficientBuyingPowerIs403() throws Exception {
        SimHttp.Reply reply = sim.http.post("/v2/orders",
                "{\"symbol\":\"MSFT\",\"qty\":\"100000\",\"side\":\"buy\",\"type\":\"market\",\"time_in_force\":\"day\"}");
        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.json().get("code").asInt()).isEqualTo(40310000);
        assertThat(reply.json().get("message").asText()).contains("buying power");
    }

    @Test
    void invalidParametersAre422NamingTheField() throws Exception {
        SimHttp.Reply noQty = sim.http.post("/v2/orders",
                "{\"symbol\":\"AAPL\",\"side\":\"buy\",\"type\":\"market\",\"time_in_force\":\"day\"}");
        assertThat(noQty.status()).isEqualTo(422);
        assertThat(noQty.json().get("message").asText()).contains("qty");
        SimHttp.Reply badSide = sim.http.post("/v2/orders",
                "{\"symbol\":\"AAPL\",\"qty\":\"1\",\"side\":\"up\",\"type\":\"market\",\"time_in_force\":\"day\"}");
        assertThat(badSide.status()).isEqualTo(422);
        assertThat(badSide.json().get("message").asText()).contains("side");
    }

    @Test
    void aBodyThatIsNotJsonIs400() throws Exception {
        SimHttp.Reply reply = sim.http.post("/v2/orders", "{\"symbol\": ");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("code").asInt()).isEqualTo(40010000);
        assertThat(reply.json().get("message").asText()).isEqualTo("request body format is invalid");
    }

    @Test
    void getByIdAndByClientOrderId() throws Exception {
        String id = sim.http.post("/v2/orders", SimHttp.restingBuy("AAPL", "3", "find-me")).json().get("id").asText();
        SimHttp.Reply byId = sim.http.get("/v2/orders/" + id);
        assertThat(byId.status()).isEqualTo(200);
        assertThat(byId.json().get("client_order_id").asText()).isEqualTo("find-me");
        SimHttp.Reply byClientId = sim.http.get("/v2/orders:by_client_order_id?client_order_id=find-me");
        assertThat(byClientId.status()).isEqualTo(200);
        assertThat(byClientId.json().get("id").asText()).isEqualTo(id);
    }

    @Test
    void unknownOrdersAre404() throws Exception {
        SimHttp.Reply byId = sim.http.get("/v2/orders/7c1f7b4e-0000-4000-8000-000000000000");
        assertThat(byId.status()).isEqualTo(404);
        assertThat(byId.json().has("message")).isTrue();
        assertThat(sim.http.get("/v2/orders:by_client_order_id?client_order_id=never").status()).isEqualTo(404);
        assertThat(sim.http.delete("/v2/orders/7c1f7b4e-0000-4000-8000-000000000000").status()).isEqualTo(404);
        assertThat(sim.http.patch("/v2/orders/7c1f7b4e-0000-4000-8000-000000000000", "{\"qty\":\"2\"}").status())
                .isEqualTo(404);
    }

    @Test
    void byClientOrderIdNeedsTheParameter() throws Exception {
        SimHttp.Reply reply = sim.http.get("/v2/orders:by_client_order_id");
        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json().get("message").asText()).contains("client_order_id");
    }

    @Test
    void listFiltersByStatusSymbolsLimitAndDirection() throws Exception {
        List<String> ids = new ArrayList<>();
        for (String symbol : new String[] {"AAPL", "MSFT", "AAPL"}) {
            ids.add(sim.http.post("/v2/orders", SimHttp.restingBuy(symbol, "1", null)).json().get("id").asText());
            sim.clock.advance(Duration.ofSeconds(1));
        }
        assertThat(sim.http.delete("/v2/orders/" + ids.get(1)).status()).isEqualTo(204);

        JsonNode open = sim.http.get("/v2/orders").json();
        assertThat(open).hasSize(2);
        assertThat(open.get(0).get("id").asText()).isEqualTo(ids.get(2)); // newest first by default
        JsonNode all = sim.http.get("/v2/orders?status=all&direction=asc").json();
        assertThat(all).hasSize(3);
        assertThat(all.get(0).get("id").asText()).isEqualTo(ids.get(0));
        assertThat(sim.http.get("/v2/orders?status=closed").json()).hasSize(1);
        assertThat(sim.http.get("/v2/orders?status=all&symbols=MSFT").json()).hasSize(1);
        assertThat(sim.http.get("/v2/orders?status=all&limit=2").json()).hasSize(2);
        assertThat(sim.http.get("/v2/orders?status=all&after=" + BrokerFixture.START.plusMillis(500)).json()).hasSize(2);
        assertThat(sim.http.get("/v2/orders?status=all&until=" + BrokerFixture.START.plusMillis(500)).json()).hasSize(1);
        assertThat(sim.http.get("/v2/orders?nested=true").status()).isEqualTo(200);
    }

    @Test
    void listRefusesBadParametersNamingThem() throws Exception {
        SimHttp.Reply reply = sim.http.get("/v2/orders?status=sideways");
        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json().get("message").asText()).contains("status");
        assertThat(sim.http.get("/v2/orders?limit=many").json().get("message").asText()).contains("limit");
    }

    @Test
    void replaceReturnsANewOrder() throws Exception {
        String id = sim.http.post("/v2/orders", SimHttp.restingBuy("AAPL", "5", "orig")).json().get("id").asText();
        SimHttp.Reply replaced = sim.http.patch("/v2/orders/" + id, "{\"qty\":\"7\",\"limit_price\":\"2.00\"}");
        assertThat(replaced.status()).isEqualTo(200);
        JsonNode order = replaced.json();
        assertThat(order.get("id").asText()).isNotEqualTo(id);
        assertThat(order.get("replaces").asText()).isEqualTo(id);
        assertThat(order.get("qty").asText()).isEqualTo("7");
        assertThat(sim.http.get("/v2/orders/" + id).json().get("status").asText()).isEqualTo("replaced");
        assertThat(sim.http.patch("/v2/orders/" + id, "{\"qty\":\"8\"}").status()).isEqualTo(422);
    }

    @Test
    void cancelIs204ThenNotCancelable() throws Exception {
        String id = sim.http.post("/v2/orders", SimHttp.restingBuy("AAPL", "1", null)).json().get("id").asText();
        SimHttp.Reply canceled = sim.http.delete("/v2/orders/" + id);
        assertThat(canceled.status()).isEqualTo(204);
        assertThat(canceled.body()).isEmpty();
        SimHttp.Reply again = sim.http.delete("/v2/orders/" + id);
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.json().get("message").asText()).contains("not cancelable");
    }

    @Test
    void cancelAllIs207WithOneEntryPerOrder() throws Exception {
        String a = sim.http.post("/v2/orders", SimHttp.restingBuy("AAPL", "1", null)).json().get("id").asText();
        String b = sim.http.post("/v2/orders", SimHttp.restingBuy("MSFT", "1", null)).json().get("id").asText();
        SimHttp.Reply reply = sim.http.delete("/v2/orders");
        assertThat(reply.status()).isEqualTo(207);
        JsonNode results = reply.json();
        assertThat(results).hasSize(2);
        assertThat(List.of(results.get(0).get("id").asText(), results.get(1).get("id").asText())).containsExactlyInAnyOrder(a, b);
        assertThat(results.get(0).get("status").asInt()).isEqualTo(200);
        assertThat(sim.http.get("/v2/orders").json()).isEmpty();
    }

    @Test
    void aMarketBuyFillsAndShowsAsAPosition() throws Exception {
        SimHttp.Reply placed = sim.http.post("/v2/orders",
                "{\"symbol\":\"AAPL\",\"qty\":\"2\",\"side\":\"buy\",\"type\":\"market\",\"time_in_force\":\"day\"}");
        assertThat(placed.status()).isEqualTo(200);
        JsonNode positions = sim.http.get("/v2/positions").json();
        assertThat(positions).hasSize(1);
        assertThat(positions.get(0).get("symbol").asText()).isEqualTo("AAPL");
        assertThat(positions.get(0).get("qty").asText()).isEqualTo("2");
        assertThat(sim.http.get("/v2/positions/AAPL").json().get("avg_entry_price").asText()).isEqualTo("200.00");
        assertThat(sim.http.get("/v2/positions/MSFT").status()).isEqualTo(404);
    }

    @Test
    void accountAndClock() throws Exception {
        JsonNode account = sim.http.get("/v2/account").json();
        assertThat(account.get("cash").isTextual()).isTrue();
        assertThat(account.get("buying_power").asText()).isNotBlank();
        assertThat(account.get("status").asText()).isEqualTo("ACTIVE");
        JsonNode clock = sim.http.get("/v2/clock").json();
        assertThat(clock.get("is_open").asBoolean()).isTrue();
        assertThat(clock.get("timestamp").asText()).startsWith("2026-11-27T14:30:00.123456789");
        assertThat(clock.has("next_open")).isTrue();
        assertThat(clock.has("next_close")).isTrue();
    }

    @Test
    void unknownEndpointsAre404Json() throws Exception {
        SimHttp.Reply reply = sim.http.get("/v2/watchlists");
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().get("message").asText()).isEqualTo("endpoint not found");
    }
}
