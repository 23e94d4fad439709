package dev.breakwater.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Faults that hit any REST request before its handler: latency, injected errors, injected 429s. */
class RequestFaultsTest {

    @Test
    void latencyAddsAtLeastLatencyMs() throws Exception {
        try (BrokerFixture sim = new BrokerFixture(b -> b.faults("latency_ms=150"))) {
            long start = System.nanoTime();
            assertThat(sim.http.get("/v2/clock").status()).isEqualTo(200);
            assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(150);
            assertThat(sim.broker.stats().fault(FaultKind.LATENCY)).isEqualTo(1);
        }
    }

    @Test
    void latencyDoesNotSlowTheControlEndpoints() throws Exception {
        try (BrokerFixture sim = new BrokerFixture(b -> b.faults("latency_ms=5000"))) {
            long start = System.nanoTime();
            assertThat(sim.http.control("GET", "/_sim/faults", null).status()).isEqualTo(200);
            assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(4000);
        }
    }

    @Test
    void errorRateOneAnswersEveryRequestWith5xxAndHandlesNothing() throws Exception {
        try (BrokerFixture sim = new BrokerFixture(b -> b.faults("error_rate=1"))) {
            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                SimHttp.Reply reply = sim.http.post("/v2/orders", SimHttp.restingBuy("AAPL", "1", "e" + i));
                statuses.add(reply.status());
                if (reply.status() == 500 || reply.status() == 503) {
                    assertThat(reply.json().has("message")).isTrue();
                } else {
                    assertThat(reply.header("Content-Type")).startsWith("text/html"); // a gateway's page
                }
            }
            assertThat(statuses).allMatch(s -> s == 500 || s == 502 || s == 503 || s == 504);
            assertThat(new java.util.HashSet<>(statuses)).as("picked at random from the four").hasSizeGreaterThan(1);
            assertThat(sim.exchange().allOrders()).isEmpty();
            SimStats stats = sim.broker.stats();
            assertThat(stats.fault(FaultKind.ERROR)).isEqualTo(20);
            assertThat(stats.injectedErrors().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(20);
        }
    }

    @Test
    void errorRateZeroNeverFires() throws Exception {
        try (BrokerFixture sim = new BrokerFixture(b -> b.faults("error_rate=0,rate429=0"))) {
            for (int i = 0; i < 20; i++) {
                assertThat(sim.http.get("/v2/clock").status()).isEqualTo(200);
            }
            assertThat(sim.broker.stats().fault(FaultKind.ERROR)).isZero();
        }
    }

    @Test
    void theSameSeedGivesTheSameFaults() throws Exception {
        assertThat(statusSequence(7)).isEqualTo(statusSequence(7));
        assertThat(statusSequence(7)).isNotEqualTo(statusSequence(8));
    }

    private static List<Integer> statusSequence(long seed) throws Exception {
        try (BrokerFixture sim = new BrokerFixture(b -> b.seed(seed).faults("error_rate=0.5,rate429=0.2"))) {
            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                statuses.add(sim.http.get("/v2/clock").status());
            }
            return statuses;
        }
    }

    @Test
    void settingAPlanRestartsTheRandomSource() throws Exception {
        try (BrokerFixture sim = new BrokerFixture()) {
            List<List<Integer>> runs = new ArrayList<>();
            for (int run = 0; run < 2; run++) {
                sim.broker.setFaults("error_rate=0.5");
                List<Integer> statuses = new ArrayList<>();
                for (int i = 0; i < 30; i++) {
                    statuses.add(sim.http.get("/v2/clock").status());
                }
                runs.add(statuses);
            }
            assertThat(runs.get(0)).isEqualTo(runs.get(1)).contains(200).anyMatch(s -> s >= 500);
        }
    }

    @Test
    void rate429OneAnswers429WithRateLimitHeaders() throws Exception {
        try (BrokerFixture sim = new BrokerFixture(b -> b.faults("rate429=1").rateLimit(200))) {
            SimHttp.Reply reply = sim.http.post("/v2/orders", SimHttp.restingBuy("AAPL", "1", "throttled"));
            assertThat(reply.status()).isEqualTo(429);
            assertThat(reply.json().get("code").asInt()).isEqualTo(42910000);
            assertThat(reply.header("X-RateLimit-Limit")).isEqualTo("200");
            assertThat(reply.header("X-RateLimit-Remaining")).isEqualTo("0");
            assertThat(Long.parseLong(reply.header("X-RateLimit-Reset")))
                    .isEqualTo(BrokerFixture.START.getEpochSecond() + 2); // one second ahead, rounded up
            assertThat(sim.exchange().allOrders()).isEmpty();
            assertThat(sim.broker.stats().fault(FaultKind.RATE_429)).isEqualTo(1);
            assertThat(sim.broker.stats().rateLimited()).isZero(); // not the real limiter
        }
    }

    @Test
    void injected429sCarryHeadersEvenWithLimitingOff() throws Exception {
        try (BrokerFixture sim = new BrokerFixture(b -> b.faults("rate429=1").rateLimit(0))) {
            SimHttp.Reply reply = sim.http.get("/v2/account");
            assertThat(reply.status()).isEqualTo(429);
            assertThat(reply.header("X-RateLimit-Limit")).isEqualTo("200");
            assertThat(reply.header("X-RateLimit-Remaining")).isEqualTo("0");
            assertThat(reply.header("X-RateLimit-Reset")).isNotNull();
        }
    }

    @Test
    void authComesBeforeInjectedFaults() throws Exception {
        try (BrokerFixture sim = new BrokerFixture(b -> b.faults("rate429=1,error_rate=1"))) {
            assertThat(sim.http.send("/v2/account", r -> r.header("APCA-API-SECRET-KEY", "bad")).status()).isEqualTo(401);
            assertThat(sim.broker.stats().fault(FaultKind.RATE_429)).isZero();
        }
    }

    @Test
    void errorFaultsDoNotTouchTheControlEndpoints() throws Exception {
        try (BrokerFixture sim = new BrokerFixture(b -> b.faults("error_rate=1,rate429=1,malformed_rate=1"))) {
            SimHttp.Reply reply = sim.http.get("/_sim/faults");
            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.json().get("error_rate").asDouble()).isEqualTo(1.0);
        }
    }
}
