package dev.breakwater.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.breakwater.settings.BrokerMode;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class BreakwaterCommandTest {

    private final AtomicInteger consoleOpened = new AtomicInteger();
    private final AtomicReference<ConsoleLaunch> launched = new AtomicReference<>();
    private final StringWriter out = new StringWriter();
    /** What the console saw of the metrics endpoint while it was open: the status of a scrape. */
    private final AtomicReference<String> scrapedWhileOpen = new AtomicReference<>();

    @TempDir
    Path config;

    private int run(String... args) {
        // A config directory of the test's own: the machine's real settings file must not leak in.
        Map<String, String> env = Map.of("XDG_CONFIG_HOME", config.toString());
        CommandLine line = Main.commandLine(new BreakwaterCommand(launch -> {
            launched.set(launch);
            consoleOpened.incrementAndGet();
            Matcher url = Pattern.compile("Metrics: (\\S+)").matcher(out.toString());
            if (url.find()) {
                scrapedWhileOpen.set(scrape(URI.create(url.group(1))));
            }
        }, env));
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(out, true));
        return line.execute(args);
    }

    @Test
    void helpDescribesTheCommandWithoutOpeningTheConsole() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("Usage: breakwater", "--version", "Without a subcommand, opens the console");
        assertThat(consoleOpened).hasValue(0);
    }

    @Test
    void versionPrintsTheBuildVersionStampedByMaven() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString().trim()).matches("breakwater \\d+\\.\\d+\\.\\d+.*");
    }

    @Test
    void noSubcommandOpensTheConsole() {
        assertThat(run()).isZero();
        assertThat(consoleOpened).hasValue(1);
    }

    @Test
    void unknownOptionFailsWithUsageError() {
        assertThat(run("--no-such-option")).isEqualTo(2);
        assertThat(consoleOpened).hasValue(0);
    }

    @Test
    void brokerOptionsReachTheConsole() {
        assertThat(run("--broker", "Live", "--broker-url", "http://127.0.0.1:9")).isZero();
        assertThat(launched.get().flags()).containsEntry(ConfigOption.BROKER, BrokerMode.LIVE.name())
                .containsEntry(ConfigOption.BROKER_URL, "http://127.0.0.1:9");
    }

    @Test
    void anUnknownBrokerIsAUsageErrorNamingTheChoices() {
        assertThat(run("--broker", "real")).isEqualTo(2);
        assertThat(out.toString()).contains("use sim, paper or live");
        assertThat(consoleOpened).hasValue(0);
    }

    @Test
    void theConsoleServesMetricsWhileItIsOpenWhenAPortIsGiven() {
        assertThat(run("--metrics-port", "0")).isZero();
        assertThat(out.toString()).containsPattern("Metrics: http://127\\.0\\.0\\.1:\\d+/metrics");
        assertThat(scrapedWhileOpen.get()).startsWith("200 ");
        assertThat(launched.get().meters().get()).isInstanceOf(PrometheusMeterRegistry.class);
    }

    @Test
    void metricsAreOffByDefault() {
        assertThat(run()).isZero();
        assertThat(out.toString()).doesNotContain("Metrics:");
        assertThat(scrapedWhileOpen.get()).isNull();
    }

    @Test
    void withoutAnEndpointTheConsoleKeepsItsMetersInAPlainRegistry() {
        assertThat(run()).isZero();
        assertThat(launched.get().meters().get()).isInstanceOf(SimpleMeterRegistry.class);
    }

    @Test
    void aMetricsPortInUseIsAUsageErrorAndNoConsoleOpens() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            assertThat(run("--metrics-port", String.valueOf(taken.getLocalPort()))).isEqualTo(2);
        }
        assertThat(out.toString()).contains("cannot serve metrics on 127.0.0.1:", "--metrics-port");
        assertThat(consoleOpened).hasValue(0);
    }

    @Test
    void aBadValueInTheSettingsFileIsAUsageErrorNamingTheKey() throws IOException {
        Files.createDirectories(config.resolve("breakwater"));
        Files.writeString(config.resolve("breakwater/breakwater.properties"), "log.level=chatty\n");
        assertThat(run()).isEqualTo(2);
        assertThat(out.toString()).contains("log.level = 'chatty'");
        assertThat(consoleOpened).hasValue(0);
    }

    @Test
    void everyConsoleOptionReachesTheConsole() {
        assertThat(run("--data-url", "http://127.0.0.1:8", "--journal", "/j/{mode}", "--data-dir", "/d",
                "--log-level", "debug", "--config-dir", "/c")).isZero();
        assertThat(launched.get().flags()).containsEntry(ConfigOption.DATA_URL, "http://127.0.0.1:8")
                .containsEntry(ConfigOption.JOURNAL, "/j/{mode}").containsEntry(ConfigOption.DATA_DIR, "/d")
                .containsEntry(ConfigOption.LOG_LEVEL, "debug").containsEntry(ConfigOption.CONFIG_DIR, "/c");
    }

    private static String scrape(URI url) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(url).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() + " " + response.body();
        } catch (IOException | InterruptedException e) {
            return "failed: " + e;
        }
    }

    @Test
    void brokerSimIsABrokerNotTheSimSubcommand() {
        assertThat(run("--broker", "sim")).isZero();
        assertThat(launched.get().flags()).containsEntry(ConfigOption.BROKER, BrokerMode.SIM.name());
        assertThat(run("--broker=sim")).isZero();
        assertThat(consoleOpened).hasValue(2);
    }
}
