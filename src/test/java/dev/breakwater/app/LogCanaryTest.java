package dev.breakwater.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.breakwater.broker.alpaca.AlpacaConfig;
import dev.breakwater.sim.SimulatedBroker;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The canary: a full soak in a child JVM with the production logback.xml, against a simulator
 * whose API secret is a canary, with faults so that retries, breaker transitions and reconciliations get
 * logged, and the trade stream authenticating with the keys. Neither the log file nor anything the child
 * printed may contain the canary or its key id.
 */
class LogCanaryTest {

    private static final String KEY_ID = "CANARYKEYID";
    private static final String SECRET = "canary-secret-" + UUID.randomUUID();

    @TempDir
    Path folder;

    private SimulatedBroker sim;
    private Process child;

    @AfterEach
    void stop() {
        if (child != null) {
            child.destroyForcibly();
        }
        if (sim != null) {
            sim.close();
        }
    }

    @Test
    void aFullSoaksLogsAndOutputNeverContainTheSecret() throws Exception {
        sim = SimulatedBroker.builder().seed(5).rateLimit(0).apiKey(KEY_ID, SECRET)
                // Enough faults for retries, lookups and reconciliations in the log; not so many that the
                // reads breaker opens under the soak's final audit read (which it would refuse).
                .faults("error_rate=0.05,rate429=0.03,drop_after_accept=0.05,delayed_visibility_ms=200,latency_ms=5")
                .build().start();
        Path data = folder.resolve("data");
        Path stdout = folder.resolve("stdout.txt");
        Path stderr = folder.resolve("stderr.txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java,
                // The production configuration, not the test class path's logback-test.xml.
                "-Dlogback.configurationFile=" + Path.of("src/main/resources/logback.xml").toAbsolutePath(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "--data-dir", data.toString(), "--config-dir", folder.resolve("config").toString(),
                "soak", "--orders", "40", "--concurrency", "4", "--call-timeout-ms", "1000", "--stream",
                "--broker-url", sim.baseUrl())
                .redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("APCA_") || name.startsWith("BREAKWATER_"));
        env.put(AlpacaConfig.ENV_KEY_ID, KEY_ID);
        env.put(AlpacaConfig.ENV_SECRET_KEY, SECRET);
        child = builder.start();

        assertThat(child.waitFor(4, TimeUnit.MINUTES)).as("the soak finished").isTrue();
        String out = Files.readString(stdout, StandardCharsets.UTF_8);
        String err = Files.readString(stderr, StandardCharsets.UTF_8);
        assertThat(child.exitValue()).as("soak exit; output:%n%s%n%s", out, err).isZero();

        Path log = data.resolve("logs").resolve(LogFiles.FILE_NAME);
        assertThat(log).exists();
        String logged = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(logged).contains("dev.breakwater.app.Soak - soak: 40 tickets", "duplicates=0");
        assertThat(logged).as("faults were logged").containsPattern("(attempt \\d|breaker|reconciled)");
        assertThat(err).as("the console log on stderr got the same lines").contains("soak: 40 tickets");
        for (String text : List.of(logged, out, err)) {
            assertThat(text).doesNotContain(SECRET).doesNotContain(KEY_ID);
        }
        assertThat(sim.stats().toJson(false)).as("the child used the keys: the simulator saw it trade").isNotEmpty();
        assertThat(out).contains("duplicates=0 lost=0 unknown=0");
    }
}
