package dev.breakwater.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class BreakwaterCommandTest {

    private final AtomicInteger consoleOpened = new AtomicInteger();
    private final StringWriter out = new StringWriter();

    private int run(String... args) {
        CommandLine line = new CommandLine(new BreakwaterCommand(consoleOpened::incrementAndGet));
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
}
