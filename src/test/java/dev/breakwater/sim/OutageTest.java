package dev.breakwater.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import org.junit.jupiter.api.Test;

/** outage: the API port really refuses connections, and comes back on the same number. */
class OutageTest {

    @Test
    void connectionsAreRefusedDuringAnOutageAndAcceptedAfter() throws Exception {
        try (BrokerFixture sim = new BrokerFixture()) {
            int port = sim.broker.port();
            assertThat(sim.http.get("/v2/clock").status()).isEqualTo(200); // a pooled keep-alive connection now

            sim.broker.setFaults(FaultPlan.OUTAGE);
            // The pooled connection was closed by the server: reusing it fails (end of stream, as when a
            // real broker goes down); after that, new connections are refused.
            assertThatThrownBy(() -> sim.http.get("/v2/clock")).isInstanceOf(IOException.class);
            assertThatThrownBy(() -> sim.http.get("/v2/clock")).isInstanceOf(ConnectException.class);
            assertThatThrownBy(() -> sim.http.get("/_sim/faults")).isInstanceOf(ConnectException.class);
            assertThat(sim.broker.port()).isEqualTo(port);
            assertThat(sim.broker.stats().fault(FaultKind.OUTAGE)).isEqualTo(1);

            sim.broker.setFaults(FaultPlan.NONE);
            assertThat(sim.broker.port()).isEqualTo(port);
            assertThat(sim.http.get("/v2/clock").status()).isEqualTo(200);
        }
    }

    @Test
    void theControlPortEndsAnOutage() throws Exception {
        try (BrokerFixture sim = new BrokerFixture()) {
            SimHttp.Reply on = sim.http.control("PUT", "/_sim/faults", "{\"outage\":true}");
            assertThat(on.status()).isEqualTo(200);
            assertThat(on.json().get("outage").asBoolean()).isTrue();
            assertThatThrownBy(() -> sim.http.get("/v2/account")).isInstanceOf(ConnectException.class);
            assertThat(sim.http.control("GET", "/_sim/stats?orders=false", null).json()
                    .get("faults").get("outage").asLong()).isEqualTo(1);

            SimHttp.Reply off = sim.http.control("PUT", "/_sim/faults", "{\"outage\":false}");
            assertThat(off.json().get("outage").asBoolean()).isFalse();
            assertThat(sim.http.get("/v2/account").status()).isEqualTo(200);
        }
    }

    @Test
    void anOutageOrderedThroughTheApiPortCutsThatVeryRequestButTakesEffect() throws Exception {
        try (BrokerFixture sim = new BrokerFixture()) {
            for (int i = 0; i < 5; i++) {
                try {
                    sim.http.send("/_sim/faults", r -> r.put(okhttp3.RequestBody.create("{\"outage\":true}", SimHttp.JSON)));
                } catch (IOException cut) {
                    // The port closes under the request that closed it.
                }
                assertThat(sim.broker.faults().outage()).isTrue();
                assertThatThrownBy(() -> sim.http.get("/v2/clock")).isInstanceOf(ConnectException.class);
                assertThat(sim.http.control("PUT", "/_sim/faults", "{\"outage\":false}").status()).isEqualTo(200);
                assertThat(sim.http.get("/v2/clock").status()).isEqualTo(200);
            }
        }
    }

    @Test
    void anOutageInTheStartPlanBeginsAtStart() throws Exception {
        try (BrokerFixture sim = new BrokerFixture(b -> b.faults("outage"))) {
            assertThatThrownBy(() -> sim.http.get("/v2/clock")).isInstanceOf(ConnectException.class);
            sim.broker.setFaults("none");
            assertThat(sim.http.get("/v2/clock").status()).isEqualTo(200);
        }
    }

    @Test
    void settingOutageTwiceIsHarmless() throws Exception {
        try (BrokerFixture sim = new BrokerFixture()) {
            sim.broker.setFaults("outage");
            sim.broker.setFaults("outage,latency_ms=1");
            assertThat(sim.broker.stats().fault(FaultKind.OUTAGE)).isEqualTo(1);
            sim.broker.setFaults("none");
            sim.broker.setFaults("none");
            assertThat(sim.http.get("/v2/clock").status()).isEqualTo(200);
        }
    }

    @Test
    void closingDuringAnOutageReleasesEverything() throws Exception {
        BrokerFixture sim = new BrokerFixture(b -> b.faults("outage"));
        int port = sim.broker.port();
        sim.close();
        try (java.net.ServerSocket socket = new java.net.ServerSocket()) {
            socket.bind(new java.net.InetSocketAddress(java.net.InetAddress.getByName("127.0.0.1"), port));
        }
    }
}
