package dev.breakwater.sim;

import static dev.breakwater.sim.StreamTestClient.AUTHENTICATE;
import static dev.breakwater.sim.StreamTestClient.AUTHORIZED;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The injected stream faults. Most tests fire the fault timers by hand through a
 * {@link ManualStreamScheduler}, so the fault happens at a known step; two run on a real scheduler with
 * sub-second settings to show the timers are wired to real time.
 */
class TradeUpdatesStreamFaultsTest {

    private static final OkHttpClient HTTP = new OkHttpClient();
    /** Short pings make OkHttp's own watchdog trip within a fraction of a second of a missing pong. */
    private static final OkHttpClient PINGING_HTTP = HTTP.newBuilder().pingInterval(Duration.ofMillis(250)).build();
    private static final byte[] EVENT =
            "{\"stream\":\"trade_updates\",\"data\":{\"event\":\"fill\"}}".getBytes(StandardCharsets.UTF_8);

    @AfterAll
    static void releaseClient() {
        HTTP.dispatcher().executorService().shutdown();
        HTTP.connectionPool().evictAll();
    }

    @Nested
    class FiredByHand {

        private final ManualStreamScheduler scheduler = new ManualStreamScheduler();
        private final StreamTestServer server = new StreamTestServer(scheduler);
        private final TradeUpdatesStream stream = server.stream;

        @AfterEach
        void stop() {
            server.close();
        }

        @Test
        void dropCutsEveryOpenConnectionWithoutACloseFrame() throws Exception {
            StreamTestClient listening = StreamTestClient.connectAndListen(HTTP, server.streamUrl());
            StreamTestClient unauthenticated = StreamTestClient.connectRegistered(HTTP, server.streamUrl());
            stream.setFaults(0.5, 0);

            scheduler.runPending();

            assertThat(listening.nextFailure()).isNotNull();
            assertThat(unauthenticated.nextFailure()).isNotNull();
            assertThat(listening.closings).isEmpty();
            assertThat(unauthenticated.closings).isEmpty();
            StreamStats stats = stream.streamStats();
            assertThat(stats.dropsInjected()).isEqualTo(2);
            assertThat(stats.open()).isZero();
        }

        @Test
        void dropKeepsCuttingOnEveryTickUntilSwitchedOff() throws Exception {
            stream.setFaults(0.5, 0);
            scheduler.runPending();
            assertThat(stream.streamStats().dropsInjected()).isZero();

            StreamTestClient reconnected = StreamTestClient.connectRegistered(HTTP, server.streamUrl());
            scheduler.runPending();
            assertThat(reconnected.nextFailure()).isNotNull();

            stream.setFaults(StreamFaults.none());
            assertThat(scheduler.pendingCount()).isZero();
            StreamTestClient.connectAndListen(HTTP, server.streamUrl());
            assertThat(stream.streamStats().dropsInjected()).isEqualTo(1);
        }

        @Test
        void silencedConnectionGetsNoEventsAndItsPingsNoPong() throws Exception {
            stream.setFaults(0, 30);
            StreamTestClient client = StreamTestClient.connectAndListen(PINGING_HTTP, server.streamUrl());
            stream.publish(EVENT);
            assertThat(client.nextBinaryBytes()).as("before the window").isEqualTo(EVENT);

            scheduler.runPending();
            assertThat(stream.streamStats().silencesInjected()).isEqualTo(1);
            stream.publish(EVENT);

            Throwable failure = client.nextFailure();
            assertThat(failure).hasMessageContaining("didn't receive pong");
            assertThat(client.binaryMessages).as("nothing after the window").isEmpty();
            assertThat(stream.streamStats().messagesSent()).isEqualTo(1);
        }

        @Test
        void silencedConnectionStopsPongingWhileOthersKeepPonging() throws Exception {
            stream.setFaults(0, 30);
            HttpClient http = HttpClient.newHttpClient();
            RawPingClient silenced = RawPingClient.connect(http, server.streamUrl());
            silenced.send(AUTHENTICATE);
            assertThat(silenced.nextMessage()).isEqualTo(AUTHORIZED);
            silenced.ping("before");
            assertThat(silenced.nextPong()).isEqualTo("before");
            RawPingClient neighbour = RawPingClient.connect(http, server.streamUrl());

            scheduler.runPending();
            silenced.ping("after");
            neighbour.ping("neighbour");

            assertThat(neighbour.nextPong()).isEqualTo("neighbour");
            // The neighbour's pong came back, so the silenced one would have too by now: allow a little more.
            assertThat(silenced.pongs.poll(300, TimeUnit.MILLISECONDS)).isNull();
            silenced.send(StreamTestClient.LISTEN);
            neighbour.ping("again");
            assertThat(neighbour.nextPong()).isEqualTo("again");
            assertThat(silenced.messages.poll(300, TimeUnit.MILLISECONDS)).as("not even a listen reply").isNull();
            silenced.abort();
            neighbour.abort();
        }

        @Test
        void faultsSetLaterSilenceConnectionsAlreadyAuthenticated() throws Exception {
            StreamTestClient.connectAndListen(HTTP, server.streamUrl());

            stream.setFaults(0, 30);
            assertThat(scheduler.pendingCount()).isEqualTo(1);
            scheduler.runPending();

            assertThat(stream.streamStats().silencesInjected()).isEqualTo(1);
        }

        @Test
        void switchingSilenceOffBeforeTheWindowKeepsTheConnectionTalking() throws Exception {
            stream.setFaults(0, 30);
            StreamTestClient client = StreamTestClient.connectAndListen(HTTP, server.streamUrl());

            stream.setFaults(StreamFaults.none());
            scheduler.runPending();
            stream.publish(EVENT);

            assertThat(client.nextBinaryBytes()).isEqualTo(EVENT);
            assertThat(stream.streamStats().silencesInjected()).isZero();
        }

        @Test
        void aSilencedConnectionIsReplacedWithoutAWordToIt() throws Exception {
            stream.setFaults(0, 30);
            StreamTestClient silenced = StreamTestClient.connectAndListen(HTTP, server.streamUrl());
            scheduler.runPending();

            StreamTestClient.connectAndListen(HTTP, server.streamUrl());

            assertThat(silenced.nextFailure()).isNotNull();
            assertThat(silenced.closings).isEmpty();
            assertThat(stream.streamStats().replaced()).isEqualTo(1);
        }
    }

    @Nested
    class InRealTime {

        private final ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(1);
        private final StreamTestServer server = new StreamTestServer(scheduler);
        private final TradeUpdatesStream stream = server.stream;

        @AfterEach
        void stop() {
            server.close();
            scheduler.shutdownNow();
        }

        @Test
        void dropEveryTenthOfASecondCutsTheConnection() throws Exception {
            stream.setFaults(0.1, 0);
            StreamTestClient client = StreamTestClient.connect(HTTP, server.streamUrl());

            assertThat(client.nextFailure()).isNotNull();
            assertThat(stream.streamStats().dropsInjected()).isPositive();

            stream.setFaults(StreamFaults.none());
            StreamTestClient after = StreamTestClient.connectAndListen(HTTP, server.streamUrl());
            stream.publish(EVENT);
            assertThat(after.nextBinaryBytes()).isEqualTo(EVENT);
        }

        @Test
        void silenceAfterAFifthOfASecondTripsTheClientsPingWatchdog() throws Exception {
            stream.setFaults(0, 0.2);
            StreamTestClient client = StreamTestClient.connect(PINGING_HTTP, server.streamUrl());
            client.send(AUTHENTICATE);

            assertThat(client.nextFailure()).hasMessageContaining("didn't receive pong");
            assertThat(stream.streamStats().silencesInjected()).isEqualTo(1);
        }
    }
}
