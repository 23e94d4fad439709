package dev.breakwater.orders;

import static org.assertj.core.api.Assertions.assertThat;

import dev.breakwater.broker.alpaca.AlpacaConfig;
import dev.breakwater.broker.alpaca.AlpacaRestClient;
import dev.breakwater.domain.Order;
import dev.breakwater.sim.SimOrderRequest;
import dev.breakwater.sim.SimulatedBroker;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class BrokerOrdersTest {

    @Test
    void pagesPastTheFiveHundredLimitWithoutLosingOrRepeatingOrders() {
        try (SimulatedBroker sim = SimulatedBroker.builder().seed(5).rateLimit(0).tickInterval(Duration.ZERO)
                .build().start();
             AlpacaRestClient client = new AlpacaRestClient(new AlpacaConfig(sim.baseUrl(), sim.keyId(), sim.secret()))) {
            for (int i = 0; i < 1_234; i++) {
                sim.exchange().place(SimOrderRequest.fromJson("{\"symbol\":\"KO\",\"qty\":\"1\",\"side\":\"buy\","
                        + "\"type\":\"limit\",\"limit_price\":\"1.00\",\"time_in_force\":\"gtc\",\"client_order_id\":\"bw-page-" + i + "\"}"));
            }

            List<Order> all = BrokerOrders.since(client, OffsetDateTime.parse("2000-01-01T00:00:00Z"));

            assertThat(all).hasSize(1_234);
            assertThat(all).extracting(Order::id).doesNotHaveDuplicates();
        }
    }
}
