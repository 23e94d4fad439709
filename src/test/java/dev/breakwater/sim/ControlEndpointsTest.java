package dev.breakwater.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** {@code /_sim/faults} and {@code /_sim/stats} over HTTP. */
class ControlEndpointsTest {

    @Test
    void getFaultsShowsThePlanWithEveryName() throws Exception {
        try (BrokerFixture sim = new BrokerFixture(b -> b.faults("flaky"))) {
            JsonNode plan = sim.http.get("/_sim/faults").json();
            for (String name : FaultPlan.NAMES) {
                assertThat(plan.has(name)).as(name).isTrue();
            }
            assertThat(plan.get("error_rate").asDouble()).isEqualTo(0.05);
            assertThat(plan.get("latency_ms").asLong()).isEqualTo(20);
            assertThat(plan.get("outage").isBoolean()).isTrue();
        }
    }

    @Test
    void putMergesAndRoundTrips() throws Exception {
        try (BrokerFixture sim = new BrokerFixture(b -> b.faults("flaky"))) {
            SimHttp.Reply put = sim.http.control("PUT", "/_sim/faults", "{\"error_rate\":0.5,\"slow_reply_ms\":900}");
            assertThat(put.status()).isEqualTo(200);
            assertThat(put.json().get("error_rate").asDouble()).isEqualTo(0.5);
            assertThat(put.json().get("rate429").asDouble()).isEqualTo(0.02); // kept from flaky
            assertThat(sim.http.control("GET", "/_sim/faults", null).json()).isEqualTo(put.json());
            assertThat(sim.broker.faults()).isEqualTo(FaultPlan.FLAKY.with("error_rate", "0.5").with("slow_reply_ms", "900"));

            // What GET returns can be PUT back unchanged.
            String body = sim.http.control("GET", "/_sim/faults", null).body();
            assertThat(sim.http.control("PUT", "/_sim/faults", body).json()).isEqualTo(put.json());
        }
    }

    @Test
    void putTakesAPresetEntryOrASpecString() throws Exception {
        try (BrokerFixture sim = new BrokerFixture(b -> b.faults("flaky"))) {
            sim.http.control("PUT", "/_sim/faults", "{\"preset\":\"chaos\",\"stream_drop_every_s\":5}");
            assertThat(sim.broker.faults()).isEqualTo(FaultPlan.parse("chaos,stream_drop_every_s=5"));
            sim.http.control("PUT", "/_sim/faults", "error_rate=0.25");
            assertThat(sim.broker.faults()).isEqualTo(FaultPlan.parse("error_rate=0.25"));
            sim.http.control("PUT", "/_sim/faults", "{\"preset\":\"none\"}");
            assertThat(sim.broker.faults()).isEqualTo(FaultPlan.NONE);
        }
    }

    @Test
    void putRefusesBadNamesAndValuesWith400AndKeepsThePlan() throws Exception {
        try (BrokerFixture sim = new BrokerFixture(b -> b.faults("flaky"))) {
            SimHttp.Reply unknown = sim.http.control("PUT", "/_sim/faults", "{\"eror_rate\":0.5}");
            assertThat(unknown.status()).isEqualTo(400);
            assertThat(unknown.json().get("message").asText()).contains("eror_rate");
            SimHttp.Reply outOfRange = sim.http.control("PUT", "/_sim/faults", "{\"malformed_rate\":2}");
            assertThat(outOfRange.status()).isEqualTo(400);
            assertThat(outOfRange.json().get("message").asText()).contains("malformed_rate");
            SimHttp.Reply badPreset = sim.http.control("PUT", "/_sim/faults", "mayhem");
            assertThat(badPreset.status()).isEqualTo(400);
            assertThat(badPreset.json().get("message").asText()).contains("mayhem");
            SimHttp.Reply notJson = sim.http.control("PUT", "/_sim/faults", "{\"error_rate\":");
            assertThat(notJson.status()).isEqualTo(400);
            assertThat(sim.broker.faults()).isEqualTo(FaultPlan.FLAKY);
        }
    }

    @Test
    void statsCountRequestsFaultsAndEveryOrder() throws Exception {
        try (BrokerFixture sim = new BrokerFixture()) {
            sim.http.post("/v2/orders", SimHttp.restingBuy("AAPL", "2", "s-1"));
            sim.http.post("/v2/orders", SimHttp.restingBuy("MSFT", "3", "s-2"));
            sim.http.post("/v2/orders", SimHttp.restingBuy("MSFT", "3", "s-2")); // 422
            sim.broker.setFaults("drop_after_accept=1");
            try {
                sim.http.post("/v2/orders", SimHttp.restingBuy("AAPL", "1", "s-3"));
            } catch (IOException expected) {
                // cut
            }

            JsonNode stats = sim.http.control("GET", "/_sim/stats", null).json();
            assertThat(stats.get("requests").get("api").asLong()).isEqualTo(4);
            assertThat(stats.get("requests").get("by_status").get("200").asLong()).isEqualTo(3);
            assertThat(stats.get("requests").get("by_status").get("422").asLong()).isEqualTo(1);
            assertThat(stats.get("faults").get("drop_after_accept").asLong()).isEqualTo(1);
            for (FaultKind kind : FaultKind.values()) {
                assertThat(stats.get("faults").has(kind.wire())).as(kind.wire()).isTrue();
            }
            assertThat(stats.get("orders_placed").asInt()).isEqualTo(3);
            JsonNode orders = stats.get("orders");
            assertThat(orders).hasSize(3);
            JsonNode first = orders.get(0);
            assertThat(first.get("client_order_id").asText()).isEqualTo("s-1");
            assertThat(first.get("symbol").asText()).isEqualTo("AAPL");
            assertThat(first.get("side").asText()).isEqualTo("buy");
            assertThat(first.get("qty").asText()).isEqualTo("2");
            assertThat(first.get("status").asText()).isEqualTo("new");
            assertThat(first.get("id").asText()).hasSize(36);
            assertThat(first.get("created_at").asText()).startsWith("2026-11-27T14:30:00");

            JsonNode withoutOrders = sim.http.control("GET", "/_sim/stats?orders=false", null).json();
            assertThat(withoutOrders.has("orders")).isFalse();
            assertThat(withoutOrders.get("orders_placed").asInt()).isEqualTo(3);
        }
    }
}
