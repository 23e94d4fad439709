package dev.breakwater.app;

import dev.breakwater.settings.BrokerMode;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The root {@code breakwater} command. Without a subcommand it opens the console; subcommands
 * ({@code sim}, {@code soak}, {@code journal}, {@code bench}) are added as they land.
 */
@Command(
        name = "breakwater",
        mixinStandardHelpOptions = true,
        versionProvider = BuildVersion.class,
        subcommands = {SimCommand.class, SoakCommand.class, BenchUiCommand.class, BenchStartupCommand.class},
        description = {
            "Breakwater: a desktop trading console for Alpaca brokerage accounts.",
            "Without a subcommand, opens the console."
        })
public final class BreakwaterCommand implements Callable<Integer> {

    @Option(names = "--broker", paramLabel = "sim|paper|live",
            converter = BrokerModeConverter.class,
            description = "Broker for the console. Default: paper when APCA_API_KEY_ID/APCA_API_SECRET_KEY are "
                    + "set, else the embedded simulator; the settings file's choice when it has one. "
                    + "live asks you to type the account number.")
    private BrokerMode broker;

    @Option(names = "--broker-url", paramLabel = "URL",
            description = "Trading API origin for paper/live (default: APCA_API_BASE_URL, else Alpaca's).")
    private String brokerUrl;

    @Option(names = "--config-dir", paramLabel = "DIR",
            description = "Directory of breakwater.properties (default: $XDG_CONFIG_HOME/breakwater).")
    private Path configDir;

    private final Consumer<ConsoleLaunch> openConsole;

    /** @param openConsole what "no subcommand" does; the console in production, a probe in tests */
    BreakwaterCommand(Consumer<ConsoleLaunch> openConsole) {
        this.openConsole = openConsole;
    }

    @Override
    public Integer call() {
        openConsole.accept(new ConsoleLaunch(broker, brokerUrl, configDir));
        return 0;
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
