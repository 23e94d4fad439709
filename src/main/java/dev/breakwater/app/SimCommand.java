package dev.breakwater.app;

import dev.breakwater.sim.FaultPlan;
import dev.breakwater.sim.SimulatedBroker;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code breakwater sim}: runs the simulated Alpaca broker on loopback until SIGINT/SIGTERM, so a real
 * Alpaca client (base URL and stream URL swapped) or a second console can use it.
 */
@Command(
        name = "sim",
        mixinStandardHelpOptions = true,
        versionProvider = BuildVersion.class,
        description = "Runs a simulated Alpaca broker (Trading API v2 + trade_updates stream) on 127.0.0.1.",
        footerHeading = "%nFault spec:%n",
        footer = {
            "  A preset (none, flaky, chaos, outage), or comma-separated name=value pairs, or a preset",
            "  followed by pairs that override it, e.g. chaos,stream_drop_every_s=5. Names:",
            "    latency_ms, latency_jitter_ms        added to every API request (ms)",
            "    error_rate                           share answered 500/502/503/504 (0.0-1.0)",
            "    rate429                              share answered 429",
            "    drop_after_accept                    share of placements placed, then the connection cut",
            "    slow_reply_rate, slow_reply_ms       share of placements placed, then answered late",
            "    delayed_visibility_ms                a new order stays invisible to lookups this long",
            "    malformed_rate                       share of 2xx replies with a truncated body",
            "    outage                               true: the API port refuses connections",
            "    stream_drop_every_s                  cut every stream connection every N s",
            "    stream_silence_after_s               stream goes silent (no events, no pongs) after N s",
            "  At run time: GET/PUT http://127.0.0.1:CONTROL_PORT/_sim/faults (JSON, same names);",
            "  GET /_sim/stats for faults injected and every order placed."
        })
public final class SimCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--port", defaultValue = "0", description = "API port on 127.0.0.1 (0 = any free port).")
    private int port;

    @Option(names = "--control-port", defaultValue = "0",
            description = "Port of the /_sim control endpoints, reachable during an outage (0 = any free port).")
    private int controlPort;

    @Option(names = "--faults", defaultValue = "none", paramLabel = "SPEC|PRESET", converter = FaultSpec.class,
            description = "Fault plan at start (see below). Default: ${DEFAULT-VALUE}.")
    private FaultPlan faults;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of prices and fault decisions. Default: ${DEFAULT-VALUE}.")
    private long seed;

    @Option(names = "--key", description = "API key id clients must send (default: the demo key).")
    private String key;

    @Option(names = "--secret", description = "API secret clients must send (default: the demo secret).")
    private String secret;

    @Option(names = "--rate-limit", defaultValue = "200",
            description = "Requests per minute per key; 0 = off. Default: ${DEFAULT-VALUE}.")
    private int rateLimit;

    @Override
    public Integer call() throws InterruptedException {
        SimulatedBroker.Builder builder = SimulatedBroker.builder()
                .port(port).controlPort(controlPort).seed(seed).rateLimit(rateLimit).faults(faults);
        if (key != null || secret != null) {
            builder.apiKey(key == null ? SimulatedBroker.DEMO_KEY_ID : key,
                    secret == null ? SimulatedBroker.DEMO_SECRET : secret);
        }
        SimulatedBroker broker = builder.build().start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            broker.close();
            stopped.countDown();
        }, "sim-shutdown"));

        PrintWriter out = spec.commandLine().getOut();
        out.println("Simulated Alpaca broker listening on " + broker.baseUrl());
        out.println("  stream:   " + broker.streamUrl());
        out.println("  control:  " + broker.controlUrl() + "/_sim/faults, /_sim/stats");
        out.println("  key id:   " + broker.keyId() + (secret == null ? "   secret: " + SimulatedBroker.DEMO_SECRET
                + " (demo pair)" : "   secret: as given with --secret"));
        out.println("  faults:   " + faults.toSpec() + "   rate limit: " + (rateLimit == 0 ? "off" : rateLimit + "/min"));
        out.println("Stop with Ctrl-C.");
        out.flush();
        stopped.await();
        return 0;
    }

    /** Parses {@code --faults}, so that a bad spec is a usage error naming the setting, not a stack trace. */
    static final class FaultSpec implements ITypeConverter<FaultPlan> {
        @Override
        public FaultPlan convert(String value) {
            try {
                return FaultPlan.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
