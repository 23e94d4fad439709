package dev.breakwater.broker.alpaca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A MockWebServer on 127.0.0.1 per test and a client pointed at it, plus Alpaca-shaped fixtures. */
abstract class MockAlpacaTestBase {

    static final String KEY_ID = "PKTEST1234ABCD";
    static final String SECRET = "test-secret-0000";

    static final String ORDER_ID = "61e69015-8549-4bfd-b9c3-01e75843f47d";

    static final String ORDER_JSON = """
            {"id":"61e69015-8549-4bfd-b9c3-01e75843f47d","client_order_id":"bw-0001",
             "created_at":"2024-03-01T14:30:01.942282Z","updated_at":"2024-03-01T14:30:01.942282Z",
             "submitted_at":"2024-03-01T14:30:01.937734Z","filled_at":null,"expired_at":null,
             "canceled_at":null,"failed_at":null,"replaced_at":null,"replaced_by":null,"replaces":null,
             "asset_id":"b0b6dd9d-8b9b-48a9-ba46-b9d54906e415","symbol":"AAPL","asset_class":"us_equity",
             "notional":null,"qty":"10","filled_qty":"0","filled_avg_price":null,"order_class":"",
             "order_type":"limit","type":"limit","side":"buy","time_in_force":"day","limit_price":"150.25",
             "stop_price":null,"status":"accepted","extended_hours":false,"legs":null,"trail_percent":null,
             "trail_price":null,"hwm":null,"position_intent":"buy_to_open"}""";

    static final String ACCOUNT_JSON = """
            {"id":"904837e3-3b76-47ec-b432-046db621571b","account_number":"PA3ABCDEF","status":"ACTIVE",
             "crypto_status":"ACTIVE","currency":"USD","buying_power":"176531.28","regt_buying_power":"88265.64",
             "daytrading_buying_power":"0","non_marginable_buying_power":"88265.64","cash":"88265.64",
             "portfolio_value":"100000.00","equity":"100000.00","last_equity":"99000.5","long_market_value":"11734.36",
             "short_market_value":"0","multiplier":"2","initial_margin":"5867.18","maintenance_margin":"3520.31",
             "last_maintenance_margin":"3500","sma":"0","accrued_fees":"0","pattern_day_trader":false,
             "trading_blocked":false,"transfers_blocked":false,"account_blocked":false,
             "trade_suspended_by_user":false,"shorting_enabled":true,"daytrade_count":"0",
             "created_at":"2023-05-04T10:20:30.123456Z","options_approved_level":2}""";

    static final String POSITIONS_JSON = """
            [{"asset_id":"b0b6dd9d-8b9b-48a9-ba46-b9d54906e415","symbol":"AAPL","exchange":"NASDAQ",
              "asset_class":"us_equity","avg_entry_price":"150.10","qty":"10","qty_available":"10","side":"long",
              "market_value":"1510.00","cost_basis":"1501.00","unrealized_pl":"9.00","unrealized_plpc":"0.005996",
              "unrealized_intraday_pl":"2.00","unrealized_intraday_plpc":"0.0013","current_price":"151.00",
              "lastday_price":"150.80","change_today":"0.0013","asset_marginable":true},
             {"asset_id":"8ccae427-5dd0-45b3-b5fe-7ba5e422c766","symbol":"TSLA","exchange":"NASDAQ",
              "asset_class":"us_equity","avg_entry_price":"200","qty":"-5","qty_available":"-5","side":"short",
              "market_value":"-1000","cost_basis":"-1000","unrealized_pl":"0","unrealized_plpc":"0",
              "unrealized_intraday_pl":"0","unrealized_intraday_plpc":"0","current_price":"200",
              "lastday_price":"200","change_today":"0"}]""";

    static final String CLOCK_JSON = """
            {"timestamp":"2024-03-01T10:07:04.451420928-05:00","is_open":true,
             "next_open":"2024-03-04T09:30:00-05:00","next_close":"2024-03-01T16:00:00-05:00"}""";

    MockWebServer server;
    AlpacaRestClient client;

    @BeforeEach
    void startServer() throws IOException {
        server = new MockWebServer();
        server.start(InetAddress.getByName("127.0.0.1"), 0);
        client = new AlpacaRestClient(config());
    }

    @AfterEach
    void stopServer() {
        client.close();
        server.close();
    }

    /** The test's configuration; override for other timeouts or keys. */
    AlpacaConfig config() {
        return new AlpacaConfig(baseUrl(), KEY_ID, SECRET);
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getPort();
    }

    AlpacaConfig configWithCallTimeout(Duration callTimeout) {
        return new AlpacaConfig(baseUrl(), KEY_ID, SECRET, Duration.ofSeconds(2), callTimeout);
    }

    void enqueue(int code, String body) {
        server.enqueue(new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json")
                .body(body).build());
    }

    RecordedRequest taken() throws InterruptedException {
        RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(request).as("request seen by the server").isNotNull();
        return request;
    }

    /** The exception {@code call} throws, asserted to be a {@code type}. */
    static <T extends Throwable> T thrown(Class<T> type, ThrowingCallable call) {
        Throwable failure = catchThrowable(call);
        assertThat(failure).as("exception thrown").isInstanceOf(type);
        return type.cast(failure);
    }

    static JsonNode json(String text) {
        try {
            return AlpacaJson.mapper().readTree(text);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static JsonNode json(RecordedRequest request) {
        return json(request.getBody().utf8());
    }
}
