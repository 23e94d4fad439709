package dev.breakwater.sim;

import static dev.breakwater.sim.StreamTestClient.AUTHENTICATE;
import static dev.breakwater.sim.StreamTestClient.AUTHORIZED;
import static dev.breakwater.sim.StreamTestClient.LISTEN;
import static dev.breakwater.sim.StreamTestClient.LISTENING;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The trade_updates protocol as an OkHttp client sees it: auth, listen, frames, one connection per account. */
class TradeUpdatesStreamProtocolTest {

    private static final OkHttpClient HTTP = new OkHttpClient();
    private static final String EVENT =
            "{\"stream\":\"trade_updates\",\"data\":{\"event\":\"new\",\"order\":{\"id\":\"o-1\",\"symbol\":\"AAPL\"}}}";
    private static final String UNAUTHORIZED =
            "{\"stream\":\"authorization\",\"data\":{\"status\":\"unauthorized\",\"action\":\"authenticate\"}}";

    private StreamTestServer server;
    private TradeUpdatesStream stream;

    @BeforeEach
    void start() {
        server = new StreamTestServer(new ManualStreamScheduler());
        stream = server.stream;
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @AfterAll
    static void releaseClient() {
        HTTP.dispatcher().executorService().shutdown();
        HTTP.connectionPool().evictAll();
    }

    @Test
    void documentedAuthenticateFormIsAuthorizedWithTheExactReply() throws Exception {
        StreamTestClient client = StreamTestClient.connect(HTTP, server.streamUrl());

        client.send(AUTHENTICATE);

        assertThat(client.nextBinary()).isEqualTo(AUTHORIZED);
    }

    @Test
    void marketDataStyleAuthFormIsAuthorizedToo() throws Exception {
        StreamTestClient client = StreamTestClient.connect(HTTP, server.streamUrl());

        client.send("{\"action\":\"auth\",\"key\":\"PKTEST\",\"secret\":\"s3cret\"}");

        assertThat(client.nextBinary()).isEqualTo(AUTHORIZED);
    }

    @Test
    void clientMessagesInBinaryFramesAreUnderstood() throws Exception {
        StreamTestClient client = StreamTestClient.connect(HTTP, server.streamUrl());

        client.sendBinary(AUTHENTICATE);
        assertThat(client.nextBinary()).isEqualTo(AUTHORIZED);
        client.sendBinary(LISTEN);
        assertThat(client.nextBinary()).isEqualTo(LISTENING);
    }

    @Test
    void wrongSecretIsUnauthorizedAndTheServerThenCloses() throws Exception {
        StreamTestClient client = StreamTestClient.connect(HTTP, server.streamUrl());

        client.send("{\"action\":\"authenticate\",\"data\":{\"key_id\":\"PKTEST\",\"secret_key\":\"wrong\"}}");

        assertThat(client.nextBinary()).isEqualTo(UNAUTHORIZED);
        assertThat(client.nextClosing()).isEqualTo("1008 unauthorized");
        assertThat(stream.streamStats().open()).isZero();
    }

    @Test
    void missingCredentialsAreUnauthorized() throws Exception {
        StreamTestClient client = StreamTestClient.connect(HTTP, server.streamUrl());

        client.send("{\"action\":\"auth\"}");

        assertThat(client.nextBinary()).isEqualTo(UNAUTHORIZED);
    }

    @Test
    void changedCredentialsApplyToTheNextAuthentication() throws Exception {
        stream.setCredentials("PKNEW", "rotated");
        StreamTestClient old = StreamTestClient.connect(HTTP, server.streamUrl());
        StreamTestClient rotated = StreamTestClient.connect(HTTP, server.streamUrl());

        old.send(AUTHENTICATE);
        rotated.send("{\"action\":\"auth\",\"key\":\"PKNEW\",\"secret\":\"rotated\"}");

        assertThat(old.nextBinary()).isEqualTo(UNAUTHORIZED);
        assertThat(rotated.nextBinary()).isEqualTo(AUTHORIZED);
    }

    @Test
    void listenBeforeAuthenticatingIsAnUnauthorizedListen() throws Exception {
        StreamTestClient client = StreamTestClient.connect(HTTP, server.streamUrl());

        client.send(LISTEN);

        assertThat(client.nextBinary()).isEqualTo(
                "{\"stream\":\"authorization\",\"data\":{\"status\":\"unauthorized\",\"action\":\"listen\"}}");
        // The connection stays usable: authenticating afterwards works.
        client.send(AUTHENTICATE);
        assertThat(client.nextBinary()).isEqualTo(AUTHORIZED);
    }

    @Test
    void listenIsAcknowledgedWithoutStreamsTheServerDoesNotHave() throws Exception {
        StreamTestClient client = StreamTestClient.connect(HTTP, server.streamUrl());
        client.send(AUTHENTICATE);
        client.nextBinary();

        client.send("{\"action\":\"listen\",\"data\":{\"streams\":[\"account_updates\",\"trade_updates\",\"trade_updates\"]}}");

        assertThat(client.nextBinary()).isEqualTo(LISTENING);
    }

    @Test
    void publishedEventArrivesAsABinaryFrameWithTheExactBytes() throws Exception {
        StreamTestClient client = StreamTestClient.connectAndListen(HTTP, server.streamUrl());
        byte[] event = EVENT.getBytes(StandardCharsets.UTF_8);

        stream.publish(event);

        assertThat(client.nextBinaryBytes()).isEqualTo(event);
        assertThat(client.textMessages).isEmpty();
        assertThat(stream.streamStats().messagesSent()).isEqualTo(1);
    }

    @Test
    void textFrameOptionSendsRepliesAndEventsAsText() throws Exception {
        stream.setFrameType(StreamFrameType.TEXT);
        StreamTestClient client = StreamTestClient.connect(HTTP, server.streamUrl());

        client.send(AUTHENTICATE);
        assertThat(client.nextText()).isEqualTo(AUTHORIZED);
        client.send(LISTEN);
        assertThat(client.nextText()).isEqualTo(LISTENING);
        stream.publish(EVENT.getBytes(StandardCharsets.UTF_8));

        assertThat(client.nextText()).isEqualTo(EVENT);
        assertThat(client.binaryMessages).isEmpty();
    }

    @Test
    void anEmptyListenStopsEventsAndANewListenResumesThem() throws Exception {
        StreamTestClient client = StreamTestClient.connectAndListen(HTTP, server.streamUrl());

        client.send("{\"action\":\"listen\",\"data\":{\"streams\":[]}}");
        assertThat(client.nextBinary()).isEqualTo("{\"stream\":\"listening\",\"data\":{\"streams\":[]}}");
        stream.publish(event("while-not-listening"));
        client.send(LISTEN);
        assertThat(client.nextBinary()).isEqualTo(LISTENING);
        stream.publish(event("after-listening-again"));

        // Frames arrive in order, so the next one being the second event proves the first never came.
        assertThat(client.nextBinary()).contains("after-listening-again");
        assertThat(stream.streamStats().messagesSent()).isEqualTo(1);
    }

    @Test
    void eventsGoOnlyToAuthenticatedListeningConnections() throws Exception {
        StreamTestClient bystander = StreamTestClient.connect(HTTP, server.streamUrl());
        StreamTestClient listener = StreamTestClient.connectAndListen(HTTP, server.streamUrl());

        stream.publish(event("e-1"));

        assertThat(listener.nextBinary()).contains("e-1");
        bystander.send(LISTEN);
        // The bystander's next frame is the reply to its listen, not the event.
        assertThat(bystander.nextBinary()).contains("unauthorized");
        assertThat(stream.streamStats().messagesSent()).isEqualTo(1);
    }

    @Test
    void unknownActionsAndMalformedMessagesAreIgnored() throws Exception {
        StreamTestClient client = StreamTestClient.connect(HTTP, server.streamUrl());

        client.send("not json");
        client.send("[1,2]");
        client.send("{\"action\":\"subscribe\"}");
        client.send(AUTHENTICATE);

        assertThat(client.nextBinary()).isEqualTo(AUTHORIZED);
    }

    @Test
    void aSecondAuthenticatedConnectionReplacesTheFirst() throws Exception {
        StreamTestClient first = StreamTestClient.connectAndListen(HTTP, server.streamUrl());
        StreamTestClient second = StreamTestClient.connect(HTTP, server.streamUrl());

        second.send(AUTHENTICATE);
        assertThat(second.nextBinary()).isEqualTo(AUTHORIZED);

        assertThat(first.nextClosing()).isEqualTo("1008 connection replaced");
        StreamStats stats = stream.streamStats();
        assertThat(stats.connects()).isEqualTo(2);
        assertThat(stats.open()).isEqualTo(1);
        assertThat(stats.maxConcurrent()).isEqualTo(2);
        assertThat(stats.replaced()).isEqualTo(1);

        second.send(LISTEN);
        second.nextBinary();
        stream.publish(event("after-replace"));
        assertThat(second.nextBinary()).contains("after-replace");
        assertThat(stream.streamStats().messagesSent()).isEqualTo(1);
    }

    @Test
    void oneConnectionAtATimeKeepsMaxConcurrentAtOne() throws Exception {
        StreamTestClient first = StreamTestClient.connectAndListen(HTTP, server.streamUrl());
        first.close();
        first.nextClosing();
        StreamTestClient.connectAndListen(HTTP, server.streamUrl());

        StreamStats stats = stream.streamStats();
        assertThat(stats.connects()).isEqualTo(2);
        assertThat(stats.maxConcurrent()).isEqualTo(1);
        assertThat(stats.replaced()).isZero();
    }

    @Test
    void closingTheStreamSaysGoingAwayAndRefusesNewConnections() throws Exception {
        StreamTestClient client = StreamTestClient.connectAndListen(HTTP, server.streamUrl());

        stream.close();

        assertThat(client.nextClosing()).isEqualTo("1001 server shutting down");
        StreamTestClient late = StreamTestClient.connect(HTTP, server.streamUrl());
        assertThat(late.nextClosing()).startsWith("1001");
        assertThat(stream.streamStats().open()).isZero();
    }

    @Test
    void restRoutesOfTheSameAppStillWork() throws Exception {
        try (Response response = HTTP.newCall(new Request.Builder().url(server.httpUrl("/v2/clock")).build()).execute()) {
            assertThat(response.code()).isEqualTo(200);
            assertThat(response.body().string()).isEqualTo("{}");
        }
    }

    private static byte[] event(String orderId) {
        return ("{\"stream\":\"trade_updates\",\"data\":{\"event\":\"new\",\"order\":{\"id\":\"" + orderId + "\"}}}")
                .getBytes(StandardCharsets.UTF_8);
    }
}
