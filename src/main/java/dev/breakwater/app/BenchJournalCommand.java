package dev.breakwater.app;

import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code breakwater bench journal}: lookups, the start-up scan and the file size of a large journal; see {@link BenchJournal}. */
@Command(name = "journal", mixinStandardHelpOptions = true, versionProvider = BuildVersion.class,
        description = {
            "Fills a journal in a temporary folder with N intents (some unresolved), then measures lookup by",
            "client_order_id, the start-up reconciliation scan (unresolved intents) after a reopen, and the file",
            "size after the journal's own compaction. Last line: lookup_p99_ms, scan_ms, file_mb.",
            "1,000,000 intents take minutes and a few GB of disk while filling."})
public final class BenchJournalCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--intents", defaultValue = "1000000", description = "Intents in the journal. Default: ${DEFAULT-VALUE}.")
    int intents;

    @Option(names = "--unresolved", defaultValue = "100", description = "How many of them are unresolved (SENDING). Default: ${DEFAULT-VALUE}.")
    int unresolved;

    @Option(names = "--lookups", defaultValue = "50000", description = "Measured lookups. Default: ${DEFAULT-VALUE}.")
    int lookups;

    @Option(names = "--lookup-warmup", defaultValue = "20000", description = "Lookups before measuring. Default: ${DEFAULT-VALUE}.")
    int lookupWarmup;

    @Override
    public Integer call() throws IOException {
        if (intents < 1 || unresolved < 0 || unresolved > intents || lookups < 1 || lookupWarmup < 0) {
            throw new ParameterException(spec.commandLine(),
                    "need --intents >= 1, 0 <= --unresolved <= --intents, --lookups >= 1, --lookup-warmup >= 0");
        }
        BenchReport report = new BenchReport(spec.commandLine().getOut(), "journal");
        new BenchJournal(this, report).run();
        report.finish();
        return 0;
    }
}
