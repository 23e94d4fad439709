package dev.breakwater.app;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code breakwater bench breaker}: the cost of a call rejected by an open breaker; see {@link BenchBreaker}. */
@Command(name = "breaker", mixinStandardHelpOptions = true, versionProvider = BuildVersion.class,
        description = {
            "The cost of placing an order while the ORDERS circuit breaker is open (rejected without touching a",
            "socket), through Breakwater's resilient broker decorator. Last line: rejected_us (median of the",
            "iterations' mean per call)."})
public final class BenchBreakerCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--calls", defaultValue = "200000", description = "Calls per iteration. Default: ${DEFAULT-VALUE}.")
    int calls;

    @Option(names = "--warmup", defaultValue = "10", description = "Iterations not measured. Default: ${DEFAULT-VALUE}.")
    int warmup;

    @Option(names = "--iterations", defaultValue = "20", description = "Measured iterations. Default: ${DEFAULT-VALUE}.")
    int iterations;

    @Override
    public Integer call() {
        if (calls < 1 || warmup < 0 || iterations < 1) {
            throw new ParameterException(spec.commandLine(), "need --calls >= 1, --warmup >= 0, --iterations >= 1");
        }
        BenchReport report = new BenchReport(spec.commandLine().getOut(), "breaker");
        new BenchBreaker(this, report).run();
        report.finish();
        return 0;
    }
}
