package dev.breakwater.app;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalInt;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The flags every long-running command shares (the console and {@code soak}): where the settings file
 * and the data live, the log level and the metrics port. A picocli mixin, so they are declared once; given
 * before the subcommand ({@code breakwater --log-level debug soak …}) or after it, the one closer to the
 * subcommand wins. Kept as text: {@link Configuration} checks flags, variables and file keys alike.
 */
final class ProcessOptions {

    @Option(names = "--config-dir", paramLabel = "DIR",
            description = "Directory of breakwater.properties (default: $BREAKWATER_CONFIG_DIR, else $XDG_CONFIG_HOME/breakwater).")
    String configDir;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Journals and logs (default: $BREAKWATER_DATA_DIR, data_dir in the settings file, else "
                    + "$XDG_DATA_HOME/breakwater).")
    String dataDir;

    @Option(names = "--metrics-port", paramLabel = "PORT|off",
            description = "Serve Prometheus metrics on http://127.0.0.1:PORT/metrics (0 = any free port). "
                    + "Default: $BREAKWATER_METRICS_PORT, metrics.port in the settings file, else off.")
    String metricsPort;

    @Option(names = "--log-level", paramLabel = "LEVEL",
            description = "TRACE, DEBUG, INFO, WARN, ERROR or OFF for the console and the log file. "
                    + "Default: $BREAKWATER_LOG_LEVEL, log.level in the settings file, else INFO.")
    String logLevel;

    /**
     * The shared flags given anywhere from the root command down to {@code command}, the innermost winning,
     * plus {@code own}: the command's own flags (e.g. the console's {@code --broker}).
     */
    static Map<ConfigOption, String> flags(CommandSpec command, Map<ConfigOption, String> own) {
        Deque<CommandSpec> chain = new ArrayDeque<>();
        for (CommandSpec spec = command; spec != null; spec = spec.parent()) {
            chain.push(spec);
        }
        Map<ConfigOption, String> flags = new EnumMap<>(ConfigOption.class);
        for (CommandSpec spec : chain) {
            for (CommandSpec mixin : spec.mixins().values()) {
                if (mixin.userObject() instanceof ProcessOptions options) {
                    options.putInto(flags);
                }
            }
        }
        own.forEach((option, value) -> {
            if (value != null) {
                flags.put(option, value);
            }
        });
        return flags;
    }

    /** {@link Configuration#resolve} for a command; a value that is not valid is a usage error (exit 2). */
    static Configuration resolve(CommandSpec command, Map<ConfigOption, String> own, Map<String, String> env) {
        try {
            return Configuration.resolve(flags(command, own), env);
        } catch (IllegalArgumentException | IOException e) {
            throw new ParameterException(command.commandLine(), e.getMessage(), e);
        }
    }

    /**
     * Starts the metrics endpoint when a port is configured and prints its URL; null when metrics are off.
     * A port that cannot be bound is a usage error: the operator asked for exactly that port.
     */
    static MetricsEndpoint serveMetrics(CommandSpec command, Configuration config, PrometheusMeterRegistry registry) {
        OptionalInt port = config.metricsPort();
        if (port.isEmpty()) {
            return null;
        }
        try {
            MetricsEndpoint endpoint = MetricsEndpoint.start(registry, port.getAsInt());
            PrintWriter out = command.commandLine().getOut();
            out.println("Metrics: " + endpoint.url());
            out.flush();
            return endpoint;
        } catch (IOException e) {
            throw new ParameterException(command.commandLine(), "cannot serve metrics on 127.0.0.1:" + port.getAsInt()
                    + " (" + config.source(ConfigOption.METRICS_PORT).orElse("metrics port") + "): " + e.getMessage(), e);
        }
    }

    private void putInto(Map<ConfigOption, String> flags) {
        put(flags, ConfigOption.CONFIG_DIR, configDir);
        put(flags, ConfigOption.DATA_DIR, dataDir);
        put(flags, ConfigOption.METRICS_PORT, metricsPort);
        put(flags, ConfigOption.LOG_LEVEL, logLevel);
    }

    private static void put(Map<ConfigOption, String> flags, ConfigOption option, String value) {
        if (value != null) {
            flags.put(option, value);
        }
    }
}
