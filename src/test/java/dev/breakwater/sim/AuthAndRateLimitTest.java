package dev.breakwater.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class AuthAndRateLimitTest {

    @Test
    void missingKeysGetAlpacasBare401() throws Exception {
        try (BrokerFixture sim = new BrokerFixture()) {
            SimHttp.Reply reply = sim.http.send("/v2/account", r -> r.removeHeader("APCA-API-KEY-ID")
                    .removeHeader("APCA-API-SECRET-KEY"));
            assertThat(reply.status()).isEqualTo(401);
            assertThat(reply.body()).isEqualTo("{\"message\":\"unauthorized\"}");
            assertThat(reply.header("Content-Type")).startsWith("application/json");
        }
    }

    @Test
    void aWrongSecretOrKeyIs401() throws Exception {
        try (BrokerFixture sim = new BrokerFixture()) {
            assertThat(sim.http.send("/v2/account", r -> r.header("APCA-API-SECRET-KEY", "nope")).status())
                    .isEqualTo(401);
            assertThat(sim.http.send("/v2/account", r -> r.header("APCA-API-KEY-ID", "OTHER")).status())
                    .isEqualTo(401);
            assertThat(sim.http.send("/v2/orders", r -> r.removeHeader("APCA-API-SECRET-KEY")
                    .post(okhttp3.RequestBody.create(SimHttp.restingBuy("AAPL", "1", null), SimHttp.JSON))).status())
                    .isEqualTo(401);
            assertThat(sim.exchange().allOrders()).isEmpty();
            assertThat(sim.broker.stats().unauthorized()).isEqualTo(3);
        }
    }

    @Test
    void aConfiguredPairIsTheOnlyOneAccepted() throws Exception {
        try (BrokerFixture sim = new BrokerFixture(b -> b.apiKey("PKTEST", "s3cret"))) {
            assertThat(sim.http.get("/v2/account").status()).isEqualTo(200);
            assertThat(sim.http.send("/v2/account", r -> r.header("APCA-API-KEY-ID", SimulatedBroker.DEMO_KEY_ID)
                    .header("APCA-API-SECRET-KEY", SimulatedBroker.DEMO_SECRET)).status()).isEqualTo(401);
        }
    }

    @Test
    void controlEndpointsNeedNoKeys() throws Exception {
        try (BrokerFixture sim = new BrokerFixture()) {
            SimHttp.Reply reply = sim.http.send("/_sim/faults", r -> r.removeHeader("APCA-API-KEY-ID")
                    .removeHeader("APCA-API-SECRET-KEY"));
            assertThat(reply.status()).isEqualTo(200);
        }
    }

    @Test
    void everyReplyCarriesTheRateLimitHeaders() throws Exception {
        try (BrokerFixture sim = new BrokerFixture(b -> b.rateLimit(50))) {
            long reset = BrokerFixture.START.plus(RateLimiter.WINDOW).getEpochSecond() + 1; // START has a fraction
            SimHttp.Reply ok = sim.http.get("/v2/account");
            SimHttp.Reply notFound = sim.http.get("/v2/orders/no-such-order");
            SimHttp.Reply invalid = sim.http.post("/v2/orders", "{\"symbol\":\"AAPL\"}");
            SimHttp.Reply malformed = sim.http.post("/v2/orders", "{not json");
            SimHttp.Reply noEndpoint = sim.http.get("/v2/nothing/here");
            SimHttp.Reply unauthorized = sim.http.send("/v2/account", r -> r.header("APCA-API-SECRET-KEY", "x"));
            assertThat(ok.status()).isEqualTo(200);
            assertThat(notFound.status()).isEqualTo(404);
            assertThat(invalid.status()).isEqualTo(422);
            assertThat(malformed.status()).isEqualTo(400);
            assertThat(noEndpoint.status()).isEqualTo(404);
            assertThat(unauthorized.status()).isEqualTo(401);
            int remaining = 49;
            for (SimHttp.Reply reply : new SimHttp.Reply[] {ok, notFound, invalid, malformed, noEndpoint}) {
                assertThat(reply.header("X-RateLimit-Limit")).isEqualTo("50");
                assertThat(reply.header("X-RateLimit-Remaining")).isEqualTo(String.valueOf(remaining--));
                assertThat(reply.header("X-RateLimit-Reset")).isEqualTo(String.valueOf(reset));
            }
            // A 401 is not charged: the presented key's quota is shown as it is.
            assertThat(unauthorized.header("X-RateLimit-Limit")).isEqualTo("50");
            assertThat(unauthorized.header("X-RateLimit-Remaining")).isEqualTo("45");
        }
    }

    @Test
    void pastTheLimitIs429UntilTheWindowEnds() throws Exception {
        try (BrokerFixture sim = new BrokerFixture(b -> b.rateLimit(3))) {
            for (int i = 0; i < 3; i++) {
                assertThat(sim.http.get("/v2/clock").status()).isEqualTo(200);
            }
            SimHttp.Reply refused = sim.http.get("/v2/clock");
            assertThat(refused.status()).isEqualTo(429);
            assertThat(refused.json().get("code").asInt()).isEqualTo(42910000);
            assertThat(refused.json().get("message").asText()).isEqualTo("rate limit exceeded");
            assertThat(refused.header("X-RateLimit-Limit")).isEqualTo("3");
            assertThat(refused.header("X-RateLimit-Remaining")).isEqualTo("0");
            assertThat(Long.parseLong(refused.header("X-RateLimit-Reset")))
                    .isEqualTo(BrokerFixture.START.plus(RateLimiter.WINDOW).getEpochSecond() + 1);
            // Orders are refused too, and not placed.
            assertThat(sim.http.post("/v2/orders", SimHttp.restingBuy("AAPL", "1", "over-limit")).status()).isEqualTo(429);
            assertThat(sim.exchange().allOrders()).isEmpty();
            assertThat(sim.broker.stats().rateLimited()).isEqualTo(2);

            sim.clock.advance(Duration.ofSeconds(59));
            assertThat(sim.http.get("/v2/clock").status()).isEqualTo(429);
            sim.clock.advance(Duration.ofSeconds(1));
            SimHttp.Reply fresh = sim.http.get("/v2/clock");
            assertThat(fresh.status()).isEqualTo(200);
            assertThat(fresh.header("X-RateLimit-Remaining")).isEqualTo("2");
        }
    }

    @Test
    void zeroTurnsLimitingOff() throws Exception {
        try (BrokerFixture sim = new BrokerFixture(b -> b.rateLimit(0))) {
            for (int i = 0; i < 30; i++) {
                SimHttp.Reply reply = sim.http.get("/v2/clock");
                assertThat(reply.status()).isEqualTo(200);
                assertThat(reply.header("X-RateLimit-Limit")).isNull();
            }
        }
    }

    @Test
    void controlEndpointsAreNotRateLimited() throws Exception {
        try (BrokerFixture sim = new BrokerFixture(b -> b.rateLimit(1))) {
            for (int i = 0; i < 5; i++) {
                assertThat(sim.http.get("/_sim/faults").status()).isEqualTo(200);
            }
            assertThat(sim.http.get("/v2/clock").status()).isEqualTo(200);
        }
    }
}
