package dev.breakwater.app;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code breakwater bench stream}: trade_updates decoded and applied to the live model; see {@link BenchStream}. */
@Command(name = "stream", mixinStandardHelpOptions = true, versionProvider = BuildVersion.class,
        description = {
            "trade_updates frames (one account's trading day: a bounded set of orders with whole lifecycles,",
            "~1 KB each, replayed day after day into a fresh model) decoded and applied to the live account",
            "model on one thread, no network. Last line: events_per_s."})
public final class BenchStreamCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--events", defaultValue = "1000000", description = "Measured events. Default: ${DEFAULT-VALUE}.")
    int events;

    @Option(names = "--warmup", defaultValue = "200000", description = "Events applied first, not measured. Default: ${DEFAULT-VALUE}.")
    int warmup;

    @Option(names = "--orders", defaultValue = "5000", description = "Orders in the account's day. Default: ${DEFAULT-VALUE}.")
    int orders;

    @Override
    public Integer call() {
        if (events < 1 || warmup < 0 || orders < 1) {
            throw new ParameterException(spec.commandLine(), "need --events >= 1, --warmup >= 0 and --orders >= 1");
        }
        BenchReport report = new BenchReport(spec.commandLine().getOut(), "stream");
        new BenchStream(this, report).run();
        report.finish();
        return 0;
    }
}
