package dev.breakwater.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * delayed_visibility_ms: a just-placed order is missing from reads for a while, the race a naive "look
 * it up, and if absent, send it again" retry loses. Time is the broker's clock, moved by hand.
 */
class DelayedVisibilityTest {

    @Test
    void aNewOrderIsInvisibleForTheWindowThenFound() throws Exception {
        try (BrokerFixture sim = new BrokerFixture(b -> b.faults("delayed_visibility_ms=300"))) {
            SimHttp.Reply placed = sim.http.post("/v2/orders", SimHttp.restingBuy("AAPL", "1", "late-1"));
            assertThat(placed.status()).isEqualTo(200);
            String id = placed.json().get("id").asText();

            assertThat(sim.http.get("/v2/orders/" + id).status()).isEqualTo(404);
            assertThat(sim.http.get("/v2/orders:by_client_order_id?client_order_id=late-1").status()).isEqualTo(404);
            assertThat(sim.http.get("/v2/orders?status=all").json()).isEmpty();

            // The naive retry: it is not there, so send it again. The broker knows better.
            SimHttp.Reply again = sim.http.post("/v2/orders", SimHttp.restingBuy("AAPL", "1", "late-1"));
            assertThat(again.status()).isEqualTo(422);
            assertThat(again.json().get("code").asInt()).isEqualTo(40010001);
            assertThat(again.json().get("message").asText()).isEqualTo("client_order_id must be unique");

            sim.clock.advance(Duration.ofMillis(299));
            assertThat(sim.http.get("/v2/orders/" + id).status()).isEqualTo(404);
            sim.clock.advance(Duration.ofMillis(1));
            assertThat(sim.http.get("/v2/orders/" + id).status()).isEqualTo(200);
            assertThat(sim.http.get("/v2/orders:by_client_order_id?client_order_id=late-1").json().get("id").asText())
                    .isEqualTo(id);
            assertThat(sim.http.get("/v2/orders?status=all").json()).hasSize(1);

            assertThat(sim.broker.stats().fault(FaultKind.DELAYED_VISIBILITY)).isEqualTo(4);
            assertThat(sim.broker.stats().ordersWithClientOrderId("late-1")).hasSize(1);
        }
    }

    @Test
    void olderOrdersStayVisibleAndTheListKeepsItsPageSize() throws Exception {
        try (BrokerFixture sim = new BrokerFixture()) {
            for (int i = 0; i < 3; i++) {
                sim.http.post("/v2/orders", SimHttp.restingBuy("AAPL", "1", "old-" + i));
                sim.clock.advance(Duration.ofSeconds(1));
            }
            sim.broker.setFaults("delayed_visibility_ms=500");
            sim.http.post("/v2/orders", SimHttp.restingBuy("AAPL", "1", "new-0"));
            var page = sim.http.get("/v2/orders?limit=2").json();
            assertThat(page).hasSize(2);
            assertThat(page.get(0).get("client_order_id").asText()).isEqualTo("old-2");
            assertThat(page.get(1).get("client_order_id").asText()).isEqualTo("old-1");
        }
    }

    @Test
    void zeroShowsOrdersAtOnce() throws Exception {
        try (BrokerFixture sim = new BrokerFixture()) {
            String id = sim.http.post("/v2/orders", SimHttp.restingBuy("AAPL", "1", null)).json().get("id").asText();
            assertThat(sim.http.get("/v2/orders/" + id).status()).isEqualTo(200);
            assertThat(sim.broker.stats().fault(FaultKind.DELAYED_VISIBILITY)).isZero();
        }
    }
}
