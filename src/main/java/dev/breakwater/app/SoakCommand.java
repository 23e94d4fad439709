package dev.breakwater.app;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code breakwater soak}: the real order path (client, resilience, journal, order service, reconciler)
 * against a misbehaving broker, then a comparison of every order at the broker with every intent in
 * the journal. Exits 1 unless no order was placed twice, none is lost and none is left unknown.
 */
@Command(
        name = "soak",
        mixinStandardHelpOptions = true,
        versionProvider = BuildVersion.class,
        description = {
            "Proves the order path under faults: no order placed twice, none lost, none left unknown.",
            "Submits N tickets through the real order path, clicking each 1-3 times (some clicks concurrent,",
            "some after a timeout), against an in-process simulated broker with faults (or the broker at",
            "--broker-url, keys from APCA_API_KEY_ID / APCA_API_SECRET_KEY), then reconciles and compares",
            "the broker's orders with the journal. Safe to kill at any moment and run again with the same",
            "--journal and --broker-url: the next run resolves what the killed one left open.",
            "The broker URL, the journal and the keys are never taken from the settings file, and the URL and",
            "the journal not from the environment either: a soak places thousands of orders where it is told."
        })
public final class SoakCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private ProcessOptions process;

    @Option(names = "--orders", required = true, description = "Number of tickets.")
    int orders;

    @Option(names = "--concurrency", defaultValue = "8", description = "Tickets worked on at once. Default: ${DEFAULT-VALUE}.")
    int concurrency;

    @Option(names = "--faults", defaultValue = "chaos", paramLabel = "SPEC|PRESET",
            description = "Fault plan of the in-process simulator (see `breakwater sim --help`). Default: ${DEFAULT-VALUE}.")
    String faults;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of tickets, clicks and faults. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--broker-url", description = "Use the broker at this URL instead of an in-process simulator.")
    String brokerUrl;

    @Option(names = "--journal", paramLabel = "JDBC-URL|FILE",
            description = "Journal JDBC URL or file. Default: a new journal in a temporary folder, deleted afterwards.")
    String journal;

    @Option(names = "--rate-limit", defaultValue = "0",
            description = "Requests per minute for the client's limiter and the in-process simulator; 0 = off. Default: ${DEFAULT-VALUE}.")
    int rateLimit;

    @Option(names = "--call-timeout-ms", defaultValue = "2000", description = "Whole-call timeout. Default: ${DEFAULT-VALUE}.")
    long callTimeoutMs;

    @Option(names = "--stream", description = {
            "Also follow the trade_updates stream into the live account model while the simulator cuts and",
            "silences it, and check that the model ends with every order's final status."})
    boolean stream;

    @Option(names = "--report", description = "Also write the figures as JSON to this file.")
    Path report;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        Configuration config = ProcessOptions.resolve(spec, Map.of(), System.getenv());
        SoakResult result;
        PrometheusMeterRegistry meters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        try (MetricsEndpoint metrics = ProcessOptions.serveMetrics(spec, config, meters)) {
            result = new Soak(this, out, meters).run();
        }
        out.println(result.finalLine());
        if (report != null) {
            result.writeJson(report);
        }
        out.flush();
        return result.clean() ? 0 : 1;
    }
}
