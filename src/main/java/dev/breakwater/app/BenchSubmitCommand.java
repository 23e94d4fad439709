package dev.breakwater.app;

import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code breakwater bench submit}: what Breakwater's submit path adds to a bare HTTP POST; see {@link BenchSubmit}. */
@Command(name = "submit", mixinStandardHelpOptions = true, versionProvider = BuildVersion.class,
        description = {
            "The same order POSTed to the in-process simulator with a bare OkHttp call and through Breakwater's",
            "submit path (journal + resilience + client), interleaved; with no latency (what Breakwater adds)",
            "and with the simulator's latency_ms (a broker round trip). Last line: median_ratio, added_median_ms,",
            "added_p99_ms."})
public final class BenchSubmitCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--orders", defaultValue = "5000",
            description = "Measured pairs with no latency (a tenth of them, at least 10, with latency). Default: ${DEFAULT-VALUE}.")
    int orders;

    @Option(names = "--warmup", defaultValue = "20000",
            description = "Pairs sent first and not measured (loopback HTTP is ~3x slower until well warmed). Default: ${DEFAULT-VALUE}.")
    int warmup;

    @Option(names = "--latency-ms", defaultValue = "20", description = "The simulator's latency_ms in the second run. Default: ${DEFAULT-VALUE}.")
    int latencyMs;

    @Override
    public Integer call() throws IOException {
        if (orders < 1 || warmup < 0 || latencyMs < 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--orders must be at least 1, --warmup and --latency-ms not negative");
        }
        BenchReport report = new BenchReport(spec.commandLine().getOut(), "submit");
        new BenchSubmit(this, report).run();
        report.finish();
        return 0;
    }
}
