package dev.breakwater.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The trade_updates stream as mounted by the server: events of REST actions, faults from the plan. */
class StreamWiringTest {

    private final BrokerFixture sim = new BrokerFixture(b -> b.apiKey(StreamTestServer.KEY, StreamTestServer.SECRET));
    private final OkHttpClient http = new OkHttpClient();

    @AfterEach
    void close() {
        sim.close();
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }

    @Test
    void streamsTheEventsOfOrdersPlacedOverRest() throws Exception {
        assertThat(sim.broker.streamUrl()).isEqualTo("ws://127.0.0.1:" + sim.broker.port() + "/stream");
        StreamTestClient client = StreamTestClient.connectAndListen(http, sim.broker.streamUrl());
        String id = sim.http.post("/v2/orders", SimHttp.restingBuy("AAPL", "1", "streamed")).json().get("id").asText();

        JsonNode message = SimWire.mapper().readTree(client.nextBinaryBytes());
        assertThat(message.get("stream").asText()).isEqualTo("trade_updates");
        assertThat(message.get("data").get("event").asText()).isEqualTo("new");
        assertThat(message.get("data").get("order").get("id").asText()).isEqualTo(id);

        sim.http.delete("/v2/orders/" + id);
        JsonNode canceled = SimWire.mapper().readTree(client.nextBinaryBytes());
        assertThat(canceled.get("data").get("event").asText()).isEqualTo("canceled");
        assertThat(sim.broker.stats().stream().messagesSent()).isEqualTo(2);
        client.close();
    }

    @Test
    void theStreamDropFaultOfThePlanReachesTheStream() throws Exception {
        StreamTestClient client = StreamTestClient.connectAndListen(http, sim.broker.streamUrl());
        sim.broker.setFaults("stream_drop_every_s=1");
        assertThat(client.nextFailure()).isNotNull();
        SimStats stats = sim.broker.stats();
        assertThat(stats.stream().dropsInjected()).isPositive();
        JsonNode json = SimWire.mapper().readTree(stats.toJson(false));
        assertThat(json.get("faults").get("stream_drop").asLong()).isPositive();
        assertThat(json.get("stream").get("connects").asLong()).isEqualTo(1);
    }

    @Test
    void anOutageCutsTheStreamToo() throws Exception {
        StreamTestClient client = StreamTestClient.connectAndListen(http, sim.broker.streamUrl());
        sim.broker.setFaults(FaultPlan.OUTAGE);
        assertThat(client.nextFailure()).isNotNull();
        sim.broker.setFaults(FaultPlan.NONE);
        StreamTestClient.connectAndListen(http, sim.broker.streamUrl()).close();
    }
}
