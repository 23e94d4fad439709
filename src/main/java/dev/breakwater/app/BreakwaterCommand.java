package dev.breakwater.app;

import dev.breakwater.settings.BrokerMode;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The root {@code breakwater} command. Without a subcommand it opens the console; subcommands
 * ({@code sim}, {@code soak}, {@code journal}, {@code bench}) are added as they land.
 */
@Command(
        name = "breakwater",
        mixinStandardHelpOptions = true,
        versionProvider = BuildVersion.class,
        subcommands = {SimCommand.class, SoakCommand.class, JournalCommand.class, BenchCommand.class},
        description = {
            "Breakwater: a desktop trading console for Alpaca brokerage accounts.",
            "Without a subcommand, opens the console."
        })
public final class BreakwaterCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private ProcessOptions process;

    @Option(names = "--broker", paramLabel = "sim|paper|live",
            converter = BrokerModeConverter.class,
            description = "Broker for the console. Default: $BREAKWATER_BROKER, broker in the settings file, else "
                    + "paper when APCA_API_KEY_ID/APCA_API_SECRET_KEY are set, else the embedded simulator. "
                    + "live asks you to type the account number.")
    private BrokerMode broker;

    @Option(names = "--broker-url", paramLabel = "URL",
            description = "Trading API origin for paper/live (default: APCA_API_BASE_URL, alpaca.base_url in the "
                    + "settings file, else Alpaca's).")
    private String brokerUrl;

    @Option(names = "--data-url", paramLabel = "URL",
            description = "Market-data API origin for paper/live (default: APCA_API_DATA_URL, alpaca.data_url in "
                    + "the settings file, else Alpaca's).")
    private String dataUrl;

    @Option(names = "--journal", paramLabel = "JDBC-URL|FILE",
            description = "The paper/live journal; {mode} is replaced by paper or live (default: "
                    + "$BREAKWATER_JOURNAL, journal in the settings file, else journal-{mode} in the data directory).")
    private String journal;

    private final Consumer<ConsoleLaunch> openConsole;
    private final Map<String, String> env;

    /** @param openConsole what "no subcommand" does; the console in production, a probe in tests */
    BreakwaterCommand(Consumer<ConsoleLaunch> openConsole) {
        this(openConsole, System.getenv());
    }

    BreakwaterCommand(Consumer<ConsoleLaunch> openConsole, Map<String, String> env) {
        this.openConsole = openConsole;
        this.env = env;
    }

    /** Serves metrics (when asked) for as long as the console is open. */
    @Override
    public Integer call() {
        Map<ConfigOption, String> flags = ProcessOptions.flags(spec, consoleFlags());
        Configuration config = ProcessOptions.resolve(spec, consoleFlags(), env);
        // Without an endpoint nobody reads the meters: the console makes a plain registry once its window
        // is up, rather than Micrometer (and with it Logback's configuration) holding up the window here.
        PrometheusMeterRegistry served = config.metricsPort().isPresent()
                ? new PrometheusMeterRegistry(PrometheusConfig.DEFAULT) : null;
        try (MetricsEndpoint metrics = ProcessOptions.serveMetrics(spec, config, served)) {
            openConsole.accept(new ConsoleLaunch(flags, served == null ? SimpleMeterRegistry::new : () -> served));
        }
        return 0;
    }

    private Map<ConfigOption, String> consoleFlags() {
        Map<ConfigOption, String> flags = new EnumMap<>(ConfigOption.class);
        flags.put(ConfigOption.BROKER, broker == null ? null : broker.name());
        flags.put(ConfigOption.BROKER_URL, brokerUrl);
        flags.put(ConfigOption.DATA_URL, dataUrl);
        flags.put(ConfigOption.JOURNAL, journal);
        return flags;
    }

    /** Accepts sim, paper and live in any case. */
    static final class BrokerModeConverter implements picocli.CommandLine.ITypeConverter<BrokerMode> {
        @Override
        public BrokerMode convert(String value) {
            try {
                return BrokerMode.valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(
                        "'" + value + "' is not a broker: use sim, paper or live");
            }
        }
    }
}
