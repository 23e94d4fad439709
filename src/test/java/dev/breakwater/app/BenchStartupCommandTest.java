package dev.breakwater.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code bench startup} with one run: a real console in a child JVM on its simulator reports its window
 * and its readiness, and the command ends with numeric keys. Also the parts that need no child.
 */
class BenchStartupCommandTest {

    @Test
    void oneRunStartsTheConsoleInAChildAndReportsNumbers() {
        StringWriter text = new StringWriter();
        CommandLine command = new CommandLine(new BenchStartupCommand());
        command.setOut(new PrintWriter(text));

        int exit = command.execute("--runs", "1", "--warmup-runs", "0");

        List<String> lines = text.toString().lines().toList();
        assertThat(exit).as(text.toString()).isZero();
        Map<String, String> keys = BenchUiCommandTest.keys(lines.get(lines.size() - 1), "bench startup: ");
        assertThat(keys).containsKeys("startup_ms", "ready_ms", "runs");
        keys.forEach((key, value) -> assertThat(Long.parseLong(value)).as(key).isPositive());
        assertThat(Long.parseLong(keys.get("ready_ms"))).isGreaterThanOrEqualTo(Long.parseLong(keys.get("startup_ms")));
    }

    @Test
    void theProbeLineIsReadFromTheChildsOutput(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("console.log");
        Files.writeString(log, "12:00:01 INFO something\nstartup: window-shown-ms=812 ready-ms=1990 phase=READY "
                + "window-shown-at=1000812 ready-at=1001990\n");

        assertThat(BenchStartup.probeLine(log)).containsEntry("window-shown-ms", "812")
                .containsEntry("phase", "READY").containsEntry("ready-at", "1001990");
    }

    @Test
    void theMedianOfAnEvenNumberOfRunsIsTheMeanOfTheMiddleTwo() {
        List<BenchStartup.Run> runs = List.of(new BenchStartup.Run(900, 2000, 800, 1900),
                new BenchStartup.Run(1100, 2200, 1000, 2100), new BenchStartup.Run(1000, 2100, 900, 2000),
                new BenchStartup.Run(3000, 4000, 2900, 3900));

        assertThat(BenchStartupCommand.median(runs, BenchStartup.Run::startupMs)).isEqualTo(1050);
        assertThat(BenchStartupCommand.lastLine(runs))
                .isEqualTo("bench startup: startup_ms=1050 ready_ms=2150 startup_min_ms=900 startup_max_ms=3000"
                        + " ready_max_ms=4000 runs=4");
    }
}
