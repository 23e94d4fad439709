package dev.breakwater.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** A small soak under chaos through the command line, as CI can afford it; `breakwater soak --orders 2000` is the real one. */
class SoakCommandTest {

    @TempDir
    Path folder;

    @Test
    void chaosSoakPlacesNothingTwiceAndLosesNothing() throws Exception {
        StringWriter out = new StringWriter();
        CommandLine line = new CommandLine(new BreakwaterCommand(launch -> { }));
        line.setOut(new PrintWriter(out, true));
        Path report = folder.resolve("soak.json");

        int exit = line.execute("soak", "--orders", "60", "--concurrency", "4", "--faults", "chaos", "--seed", "3",
                "--call-timeout-ms", "1000", "--report", report.toString());

        String last = out.toString().lines().reduce((first, second) -> second).orElse("");
        assertThat(last).matches("soak: tickets=60 broker_orders=\\d+ duplicates=0 lost=0 unknown=0 not_sent=\\d+ .*");
        assertThat(exit).isZero();
        JsonNode json = new ObjectMapper().readTree(report.toFile());
        assertThat(json.path("clean").asBoolean()).isTrue();
        assertThat(json.path("broker_orders").asInt()).isPositive();
        assertThat(json.path("simulator").path("faults").path("drop_after_accept").asInt())
                .as("the chaos really cut replies").isPositive();
    }

    @Test
    void streamSoakFollowsCutsAndSilencesToEveryFinalState() {
        StringWriter out = new StringWriter();
        CommandLine line = new CommandLine(new BreakwaterCommand(launch -> { }));
        line.setOut(new PrintWriter(out, true));

        int exit = line.execute("soak", "--orders", "80", "--concurrency", "4", "--seed", "5", "--stream",
                "--faults", "flaky,stream_drop_every_s=1,stream_silence_after_s=2");

        String last = out.toString().lines().reduce((first, second) -> second).orElse("");
        assertThat(last).matches(".* duplicates=0 lost=0 unknown=0 .* stream_connects=\\d+ max_concurrent_streams=1"
                + " missed_final_states=0");
        long connects = Long.parseLong(last.replaceAll(".*stream_connects=(\\d+).*", "$1"));
        assertThat(connects).as("the stream was cut and reconnected").isGreaterThan(1);
        assertThat(exit).isZero();
    }
}
