package dev.breakwater.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.breakwater.broker.alpaca.AlpacaConfig;
import dev.breakwater.broker.alpaca.AlpacaRestClient;
import dev.breakwater.broker.alpaca.StreamMessage;
import dev.breakwater.broker.alpaca.TradeUpdateMessages;
import dev.breakwater.domain.ClientOrderIds;
import dev.breakwater.domain.Order;
import dev.breakwater.domain.OrderRequest;
import dev.breakwater.domain.OrderStatus;
import dev.breakwater.domain.OrderType;
import dev.breakwater.domain.Side;
import dev.breakwater.domain.TimeInForce;
import dev.breakwater.domain.TradeEvent;
import dev.breakwater.domain.TradeUpdate;
import dev.breakwater.sim.SimulatedBroker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import okio.ByteString;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Alpaca's {@code trade_updates} protocol as the simulator speaks it, read with OkHttp's WebSocket client
 * and our own stream parser: both authentication forms, listen, and the events of a fill arriving as
 * binary frames, as on paper.
 */
class TradeStreamAgainstSimulatorTest {

    private final OkHttpClient http = new OkHttpClient();
    private final BlockingQueue<Frame> frames = new LinkedBlockingQueue<>();
    private SimulatedBroker sim;
    private WebSocket socket;

    /** A frame as it arrived: its kind and its text. */
    private record Frame(boolean binary, String text) {
    }

    @BeforeEach
    void start() {
        sim = SimulatedBroker.builder().seed(7).tickInterval(Duration.ZERO).build().start();
    }

    @AfterEach
    void stop() {
        if (socket != null) {
            socket.cancel();
        }
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
        sim.close();
    }

    private void connect() {
        String url = sim.baseUrl().replaceFirst("^http", "ws") + "/stream";
        socket = http.newWebSocket(new Request.Builder().url(url).build(), new WebSocketListener() {
            @Override
            public void onMessage(WebSocket webSocket, ByteString bytes) {
                frames.add(new Frame(true, bytes.utf8()));
            }

            @Override
            public void onMessage(WebSocket webSocket, String text) {
                frames.add(new Frame(false, text));
            }

            @Override
            public void onFailure(WebSocket webSocket, Throwable t, Response response) {
                frames.add(new Frame(false, "FAILURE " + t));
            }
        });
    }

    private StreamMessage next() throws InterruptedException {
        Frame frame = frames.poll(5, TimeUnit.SECONDS);
        assertThat(frame).as("a frame within 5 s").isNotNull();
        assertThat(frame.binary()).as("binary frame like paper: " + frame.text()).isTrue();
        return TradeUpdateMessages.parse(frame.text());
    }

    @Test
    void documentedAuthenticateFormIsAuthorizedAndListenIsAcknowledged() throws Exception {
        connect();
        socket.send("{\"action\":\"authenticate\",\"data\":{\"key_id\":\"" + sim.keyId() + "\",\"secret_key\":\""
                + sim.secret() + "\"}}");
        assertThat(next()).isEqualTo(new StreamMessage.Authorization("authorized", "authenticate"));

        socket.send("{\"action\":\"listen\",\"data\":{\"streams\":[\"trade_updates\"]}}");
        assertThat(next()).isEqualTo(new StreamMessage.Listening(List.of("trade_updates")));
    }

    @Test
    void marketDataStyleAuthFormIsAcceptedToo() throws Exception {
        connect();
        socket.send("{\"action\":\"auth\",\"key\":\"" + sim.keyId() + "\",\"secret\":\"" + sim.secret() + "\"}");

        StreamMessage reply = next();

        assertThat(reply).isInstanceOf(StreamMessage.Authorization.class);
        assertThat(((StreamMessage.Authorization) reply).authorized()).isTrue();
    }

    @Test
    void wrongKeysAreRefused() throws Exception {
        connect();
        socket.send("{\"action\":\"authenticate\",\"data\":{\"key_id\":\"nope\",\"secret_key\":\"nope\"}}");

        StreamMessage reply = next();

        assertThat(((StreamMessage.Authorization) reply).authorized()).isFalse();
    }

    @Test
    void aFillArrivesAsTradeUpdatesWithTheWholeOrder() throws Exception {
        connect();
        socket.send("{\"action\":\"authenticate\",\"data\":{\"key_id\":\"" + sim.keyId() + "\",\"secret_key\":\""
                + sim.secret() + "\"}}");
        next();
        socket.send("{\"action\":\"listen\",\"data\":{\"streams\":[\"trade_updates\"]}}");
        next();

        OrderRequest request = OrderRequest.builder().symbol("AAPL").qty("4").side(Side.BUY).type(OrderType.MARKET)
                .timeInForce(TimeInForce.DAY).clientOrderId(ClientOrderIds.create().next()).build();
        Order placed;
        try (AlpacaRestClient client = new AlpacaRestClient(new AlpacaConfig(sim.baseUrl(), sim.keyId(), sim.secret()))) {
            placed = client.placeOrder(request);
        }

        List<TradeUpdate> updates = new ArrayList<>();
        while (updates.isEmpty() || updates.get(updates.size() - 1).event() != TradeEvent.FILL) {
            StreamMessage message = next();
            assertThat(message).isInstanceOf(StreamMessage.Update.class);
            updates.add(((StreamMessage.Update) message).update());
        }

        assertThat(updates).allSatisfy(update -> {
            assertThat(update.order().id()).isEqualTo(placed.id());
            assertThat(update.order().clientOrderId()).isEqualTo(request.clientOrderId());
        });
        assertThat(updates.get(0).event()).isIn(TradeEvent.NEW, TradeEvent.PENDING_NEW);
        TradeUpdate fill = updates.get(updates.size() - 1);
        assertThat(fill.order().status()).isEqualTo(OrderStatus.FILLED);
        assertThat(fill.executionId()).isNotBlank();
        assertThat(fill.timestamp()).isNotNull();
        assertThat(fill.price()).isPositive();
        assertThat(fill.qty()).isEqualByComparingTo("4");
        assertThat(fill.positionQty()).isEqualByComparingTo("4");
    }
}
