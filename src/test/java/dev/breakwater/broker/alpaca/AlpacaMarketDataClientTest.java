package dev.breakwater.broker.alpaca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.breakwater.broker.Endpoint;
import dev.breakwater.broker.MalformedReplyException;
import dev.breakwater.broker.NotFoundException;
import dev.breakwater.broker.UnauthorizedException;
import dev.breakwater.domain.LatestQuote;
import dev.breakwater.domain.LatestTrade;
import dev.breakwater.domain.Snapshot;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AlpacaMarketDataClientTest extends MockAlpacaTestBase {

    static final String TRADE_JSON = """
            {"symbol":"AAPL","trade":{"t":"2024-03-01T14:30:01.123456789Z","x":"V","p":187.035,"s":100,
             "c":["@"],"i":52983525029461,"z":"C","future_field":{"a":1}}}""";

    static final String QUOTE_JSON = """
            {"symbol":"AAPL","quote":{"t":"2024-03-01T14:30:01.987654321-05:00","ax":"V","ap":187.10,"as":2,
             "bx":"V","bp":0,"bs":0,"c":["R"],"z":"C"}}""";

    static final String SNAPSHOTS_JSON = """
            {"AAPL":{"latestTrade":{"t":"2024-03-01T20:59:59.000000001Z","x":"V","p":180.7500,"s":3},
                     "latestQuote":{"t":"2024-03-01T20:59:59.5Z","ap":180.76,"as":1,"bp":180.74,"bs":5},
                     "minuteBar":{"o":1,"h":2,"l":0.5,"c":1.5,"v":10},"dailyBar":null,"prevDailyBar":null},
             "MSFT":{"latestTrade":null,"latestQuote":{"t":"2024-03-01T20:59:59Z","ap":415.5,"as":1,"bp":415.4,"bs":1}},
             "NOPE":null}""";

    AlpacaMarketDataClient data;

    @BeforeEach
    void startData() {
        data = new AlpacaMarketDataClient(config(), baseUrl(), null);
    }

    @AfterEach
    void closeData() {
        data.close();
    }

    @Test
    void latestTradeReadsNumbersExactlyAndNanos() throws Exception {
        enqueue(200, TRADE_JSON);

        LatestTrade trade = data.latestTrade("AAPL");

        assertThat(trade.price()).isEqualTo(new BigDecimal("187.035"));
        assertThat(trade.price().toPlainString()).isEqualTo("187.035");
        assertThat(trade.size()).isEqualTo(new BigDecimal("100"));
        assertThat(trade.size().scale()).isZero();
        assertThat(trade.time()).isEqualTo(OffsetDateTime.parse("2024-03-01T14:30:01.123456789Z"));
        assertThat(trade.time().getNano()).isEqualTo(123_456_789);
        assertThat(trade.exchange()).isEqualTo("V");
        RecordedRequest request = taken();
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getTarget()).isEqualTo("/v2/stocks/AAPL/trades/latest?feed=iex");
        assertThat(request.getHeaders().get("APCA-API-KEY-ID")).isEqualTo(KEY_ID);
        assertThat(request.getHeaders().get("APCA-API-SECRET-KEY")).isEqualTo(SECRET);
    }

    @Test
    void latestQuoteKeepsZeroesScaleAndOffset() throws Exception {
        enqueue(200, QUOTE_JSON);

        LatestQuote quote = data.latestQuote("AAPL");

        assertThat(quote.askPrice().toPlainString()).isEqualTo("187.10");
        assertThat(quote.askSize()).isEqualTo(new BigDecimal("2"));
        assertThat(quote.bidPrice()).isEqualTo(BigDecimal.ZERO);
        assertThat(quote.bidSize()).isEqualTo(BigDecimal.ZERO);
        assertThat(quote.time()).isEqualTo(OffsetDateTime.parse("2024-03-01T14:30:01.987654321-05:00"));
        assertThat(quote.time().getOffset().getTotalSeconds()).isEqualTo(-5 * 3600);
        RecordedRequest request = taken();
        assertThat(request.getTarget()).isEqualTo("/v2/stocks/AAPL/quotes/latest?feed=iex");
        assertThat(request.getHeaders().get("APCA-API-SECRET-KEY")).isEqualTo(SECRET);
    }

    @Test
    void snapshotsJoinSymbolsAndSkipUnknownOnes() throws Exception {
        enqueue(200, SNAPSHOTS_JSON);

        Map<String, Snapshot> snapshots = data.snapshots(List.of("AAPL", "MSFT", "NOPE"));

        assertThat(snapshots).containsOnlyKeys("AAPL", "MSFT");
        Snapshot aapl = snapshots.get("AAPL");
        assertThat(aapl.symbol()).isEqualTo("AAPL");
        assertThat(aapl.latestTrade().price().toPlainString()).isEqualTo("180.7500");
        assertThat(aapl.latestTrade().size()).isEqualTo(new BigDecimal("3"));
        assertThat(aapl.latestTrade().time().getNano()).isEqualTo(1);
        assertThat(aapl.latestQuote().bidPrice()).isEqualTo(new BigDecimal("180.74"));
        assertThat(aapl.latestQuote().askSize()).isEqualTo(new BigDecimal("1"));
        assertThat(snapshots.get("MSFT").latestTrade()).isNull();
        assertThat(snapshots.get("MSFT").latestQuote().askPrice()).isEqualTo(new BigDecimal("415.5"));
        RecordedRequest request = taken();
        assertThat(request.getTarget()).isEqualTo("/v2/stocks/snapshots?symbols=AAPL,MSFT,NOPE&feed=iex");
        assertThat(request.getUrl().queryParameter("symbols")).isEqualTo("AAPL,MSFT,NOPE");
        assertThat(request.getHeaders().get("APCA-API-KEY-ID")).isEqualTo(KEY_ID);
    }

    @Test
    void noSymbolsNoRequest() {
        assertThat(data.snapshots(List.of())).isEmpty();
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void otherFeedIsSent() throws Exception {
        try (AlpacaMarketDataClient sip = new AlpacaMarketDataClient(config(), baseUrl(), "sip")) {
            enqueue(200, TRADE_JSON);
            sip.latestTrade("AAPL");
        }
        assertThat(taken().getUrl().queryParameter("feed")).isEqualTo("sip");
    }

    @Test
    void symbolIsOnePathSegment() throws Exception {
        enqueue(200, TRADE_JSON);
        data.latestTrade("BRK/B");
        assertThat(taken().getTarget()).isEqualTo("/v2/stocks/BRK%2FB/trades/latest?feed=iex");
        assertThatThrownBy(() -> data.latestTrade("..")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> data.latestQuote(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void malformedBodies() {
        for (String body : List.of("", "not json", "{\"symbol\":\"AAPL\"}", "{\"symbol\":\"AAPL\",\"trade\":{\"p\":\"abc\",\"s\":1,\"t\":\"2024-03-01T14:30:01Z\"}}",
                "{\"symbol\":\"AAPL\",\"trade\":{\"p\":1,\"s\":1}}", "{\"symbol\":\"AAPL\",\"trade\":{\"p\":1,\"s\":1,\"t\":\"yesterday\"}}",
                "[]", TRADE_JSON + "{}", TRADE_JSON.substring(0, 40))) {
            enqueue(200, body);
            MalformedReplyException e = thrown(MalformedReplyException.class, () -> data.latestTrade("AAPL"));
            assertThat(e.endpoint()).as(body).isEqualTo(Endpoint.LATEST_TRADE);
        }
        enqueue(200, "{\"symbol\":\"AAPL\",\"quote\":{\"ap\":1,\"as\":1,\"bp\":1,\"t\":\"2024-03-01T14:30:01Z\"}}");
        thrown(MalformedReplyException.class, () -> data.latestQuote("AAPL"));
        enqueue(200, "[1,2]");
        thrown(MalformedReplyException.class, () -> data.snapshots(List.of("AAPL")));
        enqueue(200, "{\"AAPL\":{\"latestTrade\":{\"p\":1}}}");
        thrown(MalformedReplyException.class, () -> data.snapshots(List.of("AAPL")));
    }

    @Test
    void errorsAreMappedLikeTheTradingClient() {
        enqueue(404, "{\"code\":40410000,\"message\":\"not found\"}");
        thrown(NotFoundException.class, () -> data.latestTrade("ZZZZ"));
        enqueue(401, "{\"message\":\"unauthorized.\"}");
        thrown(UnauthorizedException.class, () -> data.latestQuote("AAPL"));
    }

    @Test
    void defaultsAndEnvironment() {
        try (AlpacaMarketDataClient real = new AlpacaMarketDataClient(config())) {
            assertThat(real.toString()).contains("data.alpaca.markets").contains("feed=iex").doesNotContain(SECRET);
        }
        try (AlpacaMarketDataClient env = AlpacaMarketDataClient.fromEnvironment(config(),
                Map.of(AlpacaMarketDataClient.ENV_DATA_URL, baseUrl()))) {
            assertThat(env.toString()).contains("127.0.0.1:" + server.getPort());
        }
        assertThatThrownBy(() -> new AlpacaMarketDataClient(config(), "http://data.example.com", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("http://");
        assertThat(Set.of(Endpoint.LATEST_TRADE.tag())).containsExactly("latest_trade");
    }
}
