package dev.breakwater.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

/** Faults after the handler: the order is placed, and then the reply goes wrong. */
class PlacementFaultsTest {

    @Test
    void dropAfterAcceptCutsTheConnectionButTheOrderIsPlaced() throws Exception {
        try (BrokerFixture sim = new BrokerFixture(b -> b.faults("drop_after_accept=1"))) {
            assertThatThrownBy(() -> sim.http.post("/v2/orders", SimHttp.restingBuy("AAPL", "1", "dropped-1")))
                    .isInstanceOf(IOException.class)
                    .isNotInstanceOf(InterruptedIOException.class); // no reply at all, not a timeout
            assertThat(sim.exchange().allOrders()).hasSize(1);
            assertThat(sim.exchange().getByClientOrderId("dropped-1").symbol()).isEqualTo("AAPL");
            SimStats stats = sim.broker.stats();
            assertThat(stats.fault(FaultKind.DROP_AFTER_ACCEPT)).isEqualTo(1);
            assertThat(stats.ordersWithClientOrderId("dropped-1")).hasSize(1);
        }
    }

    @Test
    void aDefaultOkHttpClientDoesNotSilentlyResendTheDroppedPlacement() throws Exception {
        // OkHttp's own retry on connection failure is on by default; prove the cut does not make it post
        // twice (which would make "exactly one order" a property of the client, not of the simulator).
        try (BrokerFixture sim = new BrokerFixture(b -> b.faults("drop_after_accept=1"))) {
            OkHttpClient client = new OkHttpClient();
            Request request = sim.http.request("/v2/orders")
                    .post(RequestBody.create(SimHttp.restingBuy("AAPL", "1", null), SimHttp.JSON)).build();
            assertThatThrownBy(() -> {
                try (Response ignored = client.newCall(request).execute()) {
                    // not reached
                }
            }).isInstanceOf(IOException.class);
            assertThat(sim.exchange().allOrders()).hasSize(1);
            client.connectionPool().evictAll();
        }
    }

    @Test
    void dropOnlyHitsSuccessfulPlacements() throws Exception {
        try (BrokerFixture sim = new BrokerFixture(b -> b.faults("drop_after_accept=1"))) {
            assertThat(sim.http.get("/v2/account").status()).isEqualTo(200);
            assertThat(sim.http.post("/v2/orders", "{\"symbol\":\"AAPL\"}").status()).isEqualTo(422);
            assertThat(sim.broker.stats().fault(FaultKind.DROP_AFTER_ACCEPT)).isZero();
        }
    }

    @Test
    void aRetryWithTheSameClientOrderIdAfterADropIsADuplicate() throws Exception {
        try (BrokerFixture sim = new BrokerFixture(b -> b.faults("drop_after_accept=1"))) {
            assertThatThrownBy(() -> sim.http.post("/v2/orders", SimHttp.restingBuy("AAPL", "1", "retry-me")))
                    .isInstanceOf(IOException.class);
            SimHttp.Reply retry = sim.http.post("/v2/orders", SimHttp.restingBuy("AAPL", "1", "retry-me"));
            assertThat(retry.status()).isEqualTo(422);
            assertThat(retry.json().get("message").asText()).isEqualTo("client_order_id must be unique");
            assertThat(sim.broker.stats().ordersWithClientOrderId("retry-me")).hasSize(1);
        }
    }

    @Test
    void aSlowReplyTimesTheClientOutButTheOrderIsPlaced() throws Exception {
        try (BrokerFixture sim = new BrokerFixture(b -> b.faults("slow_reply_rate=1,slow_reply_ms=3000"));
             SimHttp impatient = new SimHttp(sim.broker, Duration.ofMillis(300))) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> impatient.post("/v2/orders", SimHttp.restingBuy("AAPL", "1", "slow-1")))
                    .isInstanceOf(InterruptedIOException.class);
            assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2500);
            assertThat(sim.exchange().getByClientOrderId("slow-1")).isNotNull();
            assertThat(sim.broker.stats().fault(FaultKind.SLOW_REPLY)).isEqualTo(1);
        }
    }

    @Test
    void aSlowReplyArrivesAfterSlowReplyMs() throws Exception {
        try (BrokerFixture sim = new BrokerFixture(b -> b.faults("slow_reply_rate=1,slow_reply_ms=400"))) {
            long start = System.nanoTime();
            SimHttp.Reply reply = sim.http.post("/v2/orders", SimHttp.restingBuy("AAPL", "1", "slow-2"));
            assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(400);
            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.json().get("client_order_id").asText()).isEqualTo("slow-2");
        }
    }

    @Test
    void malformedRepliesAreNotJsonButTheOrderIsPlaced() throws Exception {
        try (BrokerFixture sim = new BrokerFixture(b -> b.faults("malformed_rate=1"))) {
            SimHttp.Reply reply = sim.http.post("/v2/orders", SimHttp.restingBuy("AAPL", "1", "garbled"));
            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.header("Content-Type")).startsWith("application/json");
            assertThat(reply.body()).startsWith("{").isNotEmpty();
            assertThatThrownBy(() -> SimWire.mapper().readTree(reply.body())).isInstanceOf(JsonProcessingException.class);
            assertThat(sim.exchange().getByClientOrderId("garbled")).isNotNull();

            SimHttp.Reply list = sim.http.get("/v2/orders");
            assertThatThrownBy(() -> SimWire.mapper().readTree(list.body())).isInstanceOf(JsonProcessingException.class);
            assertThat(sim.broker.stats().fault(FaultKind.MALFORMED)).isEqualTo(2);
        }
    }

    @Test
    void malformedLeavesErrorsAndEmptyRepliesAlone() throws Exception {
        try (BrokerFixture sim = new BrokerFixture(b -> b.faults("malformed_rate=1"))) {
            SimHttp.Reply invalid = sim.http.post("/v2/orders", "{\"symbol\":\"AAPL\"}");
            assertThat(invalid.status()).isEqualTo(422);
            assertThat(invalid.json().get("code").asInt()).isEqualTo(40010001);
            String id = sim.exchange().place(SimOrderRequest.fromJson(SimHttp.restingBuy("AAPL", "1", null))).id();
            SimHttp.Reply canceled = sim.http.delete("/v2/orders/" + id);
            assertThat(canceled.status()).isEqualTo(204);
            assertThat(sim.broker.stats().fault(FaultKind.MALFORMED)).isZero();
        }
    }
}
