package dev.breakwater.app;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * The root {@code breakwater} command. Without a subcommand it opens the console; subcommands
 * ({@code sim}, {@code soak}, {@code journal}, {@code bench}) are added as they land.
 */
@Command(
        name = "breakwater",
        mixinStandardHelpOptions = true,
        versionProvider = BuildVersion.class,
        subcommands = {SimCommand.class, SoakCommand.class},
        description = {
            "Breakwater: a desktop trading console for Alpaca brokerage accounts.",
            "Without a subcommand, opens the console."
        })
public final class BreakwaterCommand implements Callable<Integer> {

    private final Runnable openConsole;

    /** @param openConsole what "no subcommand" does; the console in production, a probe in tests */
    public BreakwaterCommand(Runnable openConsole) {
        this.openConsole = openConsole;
    }

    @Override
    public Integer call() {
        openConsole.run();
        return 0;
    }
}
