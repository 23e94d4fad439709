package dev.breakwater.app;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code breakwater bench}: the performance claims as commands anyone can re-run. Each subcommand prints
 * its conditions and figures and ends with {@code bench <name>: key=value …}.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, versionProvider = BuildVersion.class,
        subcommands = {BenchSubmitCommand.class, BenchStreamCommand.class, BenchJournalCommand.class,
            BenchBreakerCommand.class},
        description = {
            "Benchmarks. Each prints the conditions, its figures and a last line `bench <name>: key=value ...`.",
            "These machines are noisy: compare ratios and medians, and run twice before believing a figure."})
public final class BenchCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    /** Without a benchmark named, lists them. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }
}
