package dev.breakwater.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import dev.breakwater.settings.BrokerMode;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class BreakwaterCommandTest {

    private final AtomicInteger consoleOpened = new AtomicInteger();
    private final AtomicReference<ConsoleLaunch> launched = new AtomicReference<>();
    private final StringWriter out = new StringWriter();

    private int run(String... args) {
        CommandLine line = new CommandLine(new BreakwaterCommand(launch -> {
            launched.set(launch);
            consoleOpened.incrementAndGet();
        }));
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
        assertThat(launched.get().broker()).isEqualTo(BrokerMode.LIVE);
        assertThat(launched.get().brokerUrl()).isEqualTo("http://127.0.0.1:9");
    }

    @Test
    void anUnknownBrokerIsAUsageErrorNamingTheChoices() {
        assertThat(run("--broker", "real")).isEqualTo(2);
        assertThat(out.toString()).contains("use sim, paper or live");
        assertThat(consoleOpened).hasValue(0);
    }
}
