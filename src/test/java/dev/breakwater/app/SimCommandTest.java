package dev.breakwater.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code breakwater sim} as a person runs it: a separate JVM that prints where it listens first, serves
 * Alpaca's API with the demo keys, and on SIGTERM stops cleanly and gives its port back.
 */
class SimCommandTest {

    private static final Pattern LISTENING = Pattern.compile(
            "Simulated Alpaca broker listening on http://127\\.0\\.0\\.1:(\\d+)");

    private Process process;

    @AfterEach
    void killLeftovers() {
        if (process != null) {
            process.destroyForcibly();
        }
    }

    private Process start(String... args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "sim"));
        command.addAll(List.of(args));
        process = new ProcessBuilder(command).redirectErrorStream(true).start();
        return process;
    }

    @Test
    void servesTheApiAndReleasesItsPortOnSigterm() throws Exception {
        Process sim = start("--seed", "3", "--rate-limit", "0");
        BufferedReader out = new BufferedReader(new InputStreamReader(sim.getInputStream(), StandardCharsets.UTF_8));

        String first = out.readLine();
        Matcher matcher = LISTENING.matcher(first == null ? "" : first);
        assertThat(matcher.matches()).as("first line: %s", first).isTrue();
        int port = Integer.parseInt(matcher.group(1));

        OkHttpClient http = new OkHttpClient();
        Request account = new Request.Builder().url("http://127.0.0.1:" + port + "/v2/account")
                .header("APCA-API-KEY-ID", "BWSIMDEMOKEY").header("APCA-API-SECRET-KEY", "bwsim-demo-secret").build();
        try (Response response = http.newCall(account).execute()) {
            assertThat(response.code()).isEqualTo(200);
            assertThat(response.body().string()).contains("\"cash\":\"100000");
        }
        http.connectionPool().evictAll();

        sim.destroy(); // SIGTERM
        assertThat(sim.waitFor(20, TimeUnit.SECONDS)).as("stopped within 20 s").isTrue();
        try (ServerSocket again = new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1"))) {
            assertThat(again.getLocalPort()).isEqualTo(port);
        }
    }

    @Test
    void badFaultSpecIsAUsageErrorNamingTheSetting() throws Exception {
        Process sim = start("--faults", "chaos,bogus_rate=0.5");

        assertThat(sim.waitFor(20, TimeUnit.SECONDS)).isTrue();
        String output = new String(sim.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(sim.exitValue()).isEqualTo(2);
        assertThat(output).contains("bogus_rate").doesNotContain("Exception");
    }

    @Test
    void helpDocumentsTheFaultSpec() throws Exception {
        Process sim = start("--help");

        assertThat(sim.waitFor(20, TimeUnit.SECONDS)).isTrue();
        String output = new String(sim.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(sim.exitValue()).isZero();
        assertThat(output).contains("--faults", "drop_after_accept", "delayed_visibility_ms", "chaos", "/_sim/faults");
    }
}
