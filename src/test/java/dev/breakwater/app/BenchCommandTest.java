package dev.breakwater.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/**
 * Every benchmark, run through the CLI with tiny sizes, so none can rot: it must exit 0 and end with
 * {@code bench <name>: key=value …} carrying its headline keys as numbers. Figures are not judged here.
 */
class BenchCommandTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "breaker --calls 200 --warmup 1 --iterations 3 | rejected_us rejected_cpu_us",
        "stream --events 300 --warmup 100 | events_per_s events_per_cpu_s",
        "journal --intents 500 --unresolved 5 --lookups 50 --lookup-warmup 10 | lookup_p99_ms scan_ms file_mb",
        "submit --orders 5 --warmup 5 --latency-ms 1 | median_ratio added_median_ms added_p99_ms"})
    void runsWithTinySizesAndEndsWithItsHeadlineKeys(String arguments, String keys) {
        String name = arguments.split(" ")[0];
        StringWriter out = new StringWriter();
        CommandLine line = new CommandLine(new BreakwaterCommand(launch -> { }));
        line.setOut(new PrintWriter(out));

        int exit = line.execute(("bench " + arguments).split(" "));

        assertThat(exit).as(out.toString()).isZero();
        List<String> lines = out.toString().lines().toList();
        String last = lines.get(lines.size() - 1);
        assertThat(last).startsWith("bench " + name + ": ");
        assertThat(lines).anySatisfy(text -> assertThat(text).startsWith("bench " + name + ": conditions: cores="));
        Map<String, String> figures = keyValues(last.substring(("bench " + name + ": ").length()));
        for (String key : keys.split(" ")) {
            assertThat(figures).containsKey(key);
            assertThat(Double.parseDouble(figures.get(key))).as(key).isFinite();
        }
    }

    private static Map<String, String> keyValues(String text) {
        Map<String, String> values = new LinkedHashMap<>();
        Arrays.stream(text.split(" ")).map(pair -> pair.split("=", 2))
                .forEach(pair -> values.put(pair[0], pair.length > 1 ? pair[1] : ""));
        return values;
    }
}
