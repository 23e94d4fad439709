package dev.breakwater.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Desk mode: consoles sharing one journal through a server on loopback. */
class JournalServerTest {

    private static final int ROUNDS = 200;

    @TempDir
    Path dir;

    private JournalServer server;
    private H2OrderJournal desk1;
    private H2OrderJournal desk2;
    private ExecutorService threads;

    @BeforeEach
    void start() {
        server = JournalServer.start(dir.resolve("journal"));
        desk1 = H2OrderJournal.open(server.jdbcUrl());
        desk2 = H2OrderJournal.open(server.jdbcUrl());
        threads = Executors.newFixedThreadPool(2);
    }

    @AfterEach
    void stop() {
        threads.shutdownNow();
        desk1.close();
        desk2.close();
        server.close();
    }

    @Test
    void theServerListensOnLoopbackOnly() throws Exception {
        assertThat(server.jdbcUrl()).startsWith("jdbc:h2:tcp://127.0.0.1:" + server.port() + "/journal");
        try (Socket loopback = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            assertThat(loopback.isConnected()).isTrue();
        }
        for (InetAddress address : nonLoopbackAddresses()) {
            try (Socket socket = new Socket()) {
                assertThatThrownBy(() -> socket.connect(new InetSocketAddress(address, server.port()), 2_000))
                        .as("connect via %s", address)
                        .isInstanceOf(ConnectException.class);
            }
        }
    }

    @Test
    void consolesShareOneJournalWithWriteDelayZero() throws Exception {
        Intent created = desk1.createIfAbsent("t", "PA", Requests.limitBuy("bw-shared"), IntentState.SENDING);

        assertThat(desk2.find("bw-shared")).contains(created);
        assertThat(desk2.location()).isEqualTo(server.jdbcUrl());
        try (Connection c = DriverManager.getConnection(server.jdbcUrl());
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'")) {
            r.next();
            assertThat(r.getString(1)).isEqualTo("0");
        }
    }

    @Test
    void aRacingCreateMakesExactlyOneIntent() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String id = "bw-race-" + round;
            List<Intent> results = race(
                    () -> desk1.createIfAbsent("desk-1", "PA", Requests.limitBuy(id), IntentState.SENDING),
                    () -> desk2.createIfAbsent("desk-2", "PA", Requests.limitBuy(id), IntentState.SENDING));

            assertThat(results.get(0)).as("round %d", round).isEqualTo(results.get(1));
            assertThat(desk1.events(id)).as("round %d", round).hasSize(1);
        }
        assertThat(desk2.unresolved()).hasSize(ROUNDS);
    }

    @Test
    void aRacingTransitionHasExactlyOneWinner() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String id = "bw-cas-" + round;
            desk1.createIfAbsent("t", "PA", Requests.limitBuy(id), IntentState.PENDING);
            Transition release = new Transition(IntentState.SENDING, "SENT", null, null, true, null, null);

            List<Optional<Intent>> results = race(
                    () -> desk1.transition(id, IntentState.PENDING, release),
                    () -> desk2.transition(id, IntentState.PENDING, release));

            assertThat(results).as("round %d", round).filteredOn(Optional::isPresent).hasSize(1);
            assertThat(desk2.find(id).orElseThrow().attempts()).isEqualTo(1);
            assertThat(desk1.events(id)).extracting(JournalEvent::kind).containsExactly("JOURNALED", "SENT");
        }
    }

    @Test
    void aSecondProcessCannotOpenTheServedFileDirectly() throws Exception {
        Process child = JournalChild.start("write", "jdbc:h2:file:" + dir.resolve("journal"), "bw-x");
        try {
            assertThat(child.waitFor()).as("child fails to open").isNotZero();
        } finally {
            JournalChild.kill(child);
        }
    }

    private <T> List<T> race(Callable<T> first, Callable<T> second) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        Future<T> a = threads.submit(() -> {
            start.await();
            return first.call();
        });
        Future<T> b = threads.submit(() -> {
            start.await();
            return second.call();
        });
        return List.of(a.get(), b.get());
    }

    private static List<InetAddress> nonLoopbackAddresses() throws IOException {
        List<InetAddress> addresses = new ArrayList<>();
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (nic.isUp() && !nic.isLoopback()) {
                Collections.list(nic.getInetAddresses()).stream()
                        .filter(a -> !a.isLinkLocalAddress())
                        .forEach(addresses::add);
            }
        }
        return addresses;
    }
}
