package dev.breakwater.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SimulatedBrokerLifecycleTest {

    @Test
    void servesOnLoopbackOnEphemeralPorts() throws Exception {
        try (BrokerFixture sim = new BrokerFixture()) {
            SimulatedBroker broker = sim.broker;
            assertThat(broker.port()).isPositive();
            assertThat(broker.controlPort()).isPositive().isNotEqualTo(broker.port());
            assertThat(broker.baseUrl()).isEqualTo("http://127.0.0.1:" + broker.port());
            assertThat(broker.controlUrl()).isEqualTo("http://127.0.0.1:" + broker.controlPort());
            assertThat(sim.http.get("/v2/clock").status()).isEqualTo(200);
        }
    }

    @Test
    void demoKeysAndAlpacaLimitByDefault() {
        SimulatedBroker broker = SimulatedBroker.builder().build();
        assertThat(broker.keyId()).isEqualTo("BWSIMDEMOKEY");
        assertThat(broker.secret()).isEqualTo("bwsim-demo-secret");
        assertThat(broker.rateLimit()).isEqualTo(200);
        assertThat(broker.faults()).isEqualTo(FaultPlan.NONE);
        broker.close();
    }

    @Test
    void closeReleasesThePortAtOnce() throws Exception {
        int port;
        int controlPort;
        try (BrokerFixture sim = new BrokerFixture()) {
            port = sim.broker.port();
            controlPort = sim.broker.controlPort();
            assertThat(sim.http.get("/v2/account").status()).isEqualTo(200);
        }
        // Bind both numbers ourselves: only possible if the server let go of them.
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port));
        }
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), controlPort));
        }
        // And a new broker can take the same port right away.
        try (SimulatedBroker again = SimulatedBroker.builder().port(port).tickInterval(Duration.ZERO).build().start();
             SimHttp http = new SimHttp(again)) {
            assertThat(again.port()).isEqualTo(port);
            assertThat(http.get("/v2/clock").status()).isEqualTo(200);
        }
    }

    @Test
    void closeIsIdempotentAndAClosedBrokerDoesNotRestart() {
        SimulatedBroker broker = SimulatedBroker.builder().tickInterval(Duration.ZERO).build().start();
        broker.close();
        broker.close();
        assertThatThrownBy(broker::start).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void portsAreUnknownBeforeStart() {
        SimulatedBroker broker = SimulatedBroker.builder().build();
        assertThatThrownBy(broker::port).isInstanceOf(IllegalStateException.class);
        broker.close();
    }

    @Test
    void doesNotListenOnOtherInterfaces() throws Exception {
        try (BrokerFixture sim = new BrokerFixture()) {
            for (InetAddress address : InetAddress.getAllByName(InetAddress.getLocalHost().getHostName())) {
                if (address.isLoopbackAddress() || address.isLinkLocalAddress()) {
                    continue;
                }
                try (Socket socket = new Socket()) {
                    assertThatThrownBy(() -> socket.connect(new InetSocketAddress(address, sim.broker.port()), 500))
                            .isInstanceOf(java.io.IOException.class);
                }
            }
        }
    }

    @Test
    void controlPortServesOnlyControlEndpoints() throws Exception {
        try (BrokerFixture sim = new BrokerFixture()) {
            assertThat(sim.http.control("GET", "/_sim/faults", null).status()).isEqualTo(200);
            assertThat(sim.http.control("GET", "/v2/account", null).status()).isEqualTo(404);
        }
    }

    @Test
    void theTickerMovesTheExchange() throws Exception {
        // A resting buy fills once the price walks down to its limit; the ticker is what matches it.
        try (BrokerFixture sim = new BrokerFixture(b -> b.tickInterval(Duration.ofMillis(10)))) {
            CountDownLatch filled = new CountDownLatch(1);
            sim.exchange().addListener(event -> {
                if (event.event() == SimEventType.FILL) {
                    filled.countDown();
                }
            });
            SimOrder order = sim.exchange().place(SimOrderRequest.fromJson(
                    "{\"symbol\":\"AAPL\",\"qty\":\"1\",\"side\":\"buy\",\"type\":\"limit\",\"time_in_force\":\"gtc\","
                            + "\"limit_price\":\"150.00\"}"));
            sim.prices.set("AAPL", "149.00");
            assertThat(filled.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(sim.exchange().get(order.id()).status()).isEqualTo(SimOrderStatus.FILLED);
        }
    }
}
