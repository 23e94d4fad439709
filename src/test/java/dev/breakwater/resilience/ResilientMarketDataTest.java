package dev.breakwater.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.breakwater.broker.Assets;
import dev.breakwater.broker.MarketData;
import dev.breakwater.broker.NotFoundException;
import dev.breakwater.broker.alpaca.AlpacaConfig;
import dev.breakwater.broker.alpaca.AlpacaMarketDataClient;
import dev.breakwater.broker.alpaca.AlpacaRestClient;
import dev.breakwater.domain.Asset;
import dev.breakwater.domain.Snapshot;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Random;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The market-data and assets decorators over real HTTP clients: a 503 is retried, then the reply is read. */
class ResilientMarketDataTest {

    private MockWebServer server;
    private AlpacaMarketDataClient rawData;
    private AlpacaRestClient rawTrading;
    private Resilience resilience;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start(InetAddress.getByName("127.0.0.1"), 0);
        String url = "http://127.0.0.1:" + server.getPort();
        AlpacaConfig config = new AlpacaConfig(url, "PKTEST", "secret", Duration.ofSeconds(2), Duration.ofSeconds(5));
        rawData = new AlpacaMarketDataClient(config, url, null);
        rawTrading = new AlpacaRestClient(config);
        Clock clock = Clock.fixed(Instant.parse("2026-03-02T15:00:00Z"), ZoneOffset.UTC);
        resilience = Resilience.create(ResilienceSettings.defaults(), new SimpleMeterRegistry(), clock,
                duration -> { }, new Random(1));
    }

    @AfterEach
    void stop() {
        rawData.close();
        rawTrading.close();
        server.close();
    }

    private void enqueue(int code, String body) {
        server.enqueue(new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json")
                .body(body).build());
    }

    @Test
    void latestTradeRetriesA503() {
        MarketData data = resilience.decorate(rawData);
        enqueue(503, "{\"message\":\"service unavailable\"}");
        enqueue(200, "{\"symbol\":\"AAPL\",\"trade\":{\"t\":\"2024-03-01T14:30:01.123456789Z\",\"x\":\"V\",\"p\":187.035,\"s\":100}}");

        assertThat(data.latestTrade("AAPL").price()).isEqualTo(new BigDecimal("187.035"));
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void latestQuoteAndSnapshotsRetryA503() {
        MarketData data = resilience.decorate(rawData);
        enqueue(503, "");
        enqueue(200, "{\"symbol\":\"AAPL\",\"quote\":{\"t\":\"2024-03-01T14:30:01Z\",\"ap\":1.5,\"as\":1,\"bp\":0,\"bs\":0}}");
        assertThat(data.latestQuote("AAPL").askPrice()).isEqualTo(new BigDecimal("1.5"));

        enqueue(503, "");
        enqueue(200, "{\"AAPL\":{\"latestTrade\":{\"t\":\"2024-03-01T14:30:01Z\",\"p\":2,\"s\":1}}}");
        Map<String, Snapshot> snapshots = data.snapshots(List.of("AAPL"));
        assertThat(snapshots.get("AAPL").latestTrade().price()).isEqualTo(new BigDecimal("2"));
        assertThat(server.getRequestCount()).isEqualTo(4);
    }

    @Test
    void assetsRetryA503AndDoNotRetryA404() {
        Assets assets = resilience.decorateAssets(rawTrading);
        enqueue(503, "");
        enqueue(200, "{\"id\":\"x\",\"class\":\"us_equity\",\"symbol\":\"AAPL\",\"tradable\":true,\"easy_to_borrow\":true}");
        Asset asset = assets.asset("AAPL");
        assertThat(asset.easyToBorrow()).isTrue();
        assertThat(asset.assetClass()).isEqualTo("us_equity");

        enqueue(503, "");
        enqueue(200, "[]");
        assertThat(assets.activeEquities()).isEmpty();
        assertThat(server.getRequestCount()).isEqualTo(4);

        enqueue(404, "{\"message\":\"asset not found\"}");
        assertThatThrownBy(() -> assets.asset("ZZZZ")).isInstanceOf(NotFoundException.class);
        assertThat(server.getRequestCount()).isEqualTo(5);
    }
}
