package dev.breakwater.app;

import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code breakwater journal}: the order journal without the console, for an operator: list intents, show
 * one with its audit trail, export the audit trail as CSV, reconcile against the broker. Exit codes: 0 done,
 * 1 failed (one line on the error stream saying why), 2 usage.
 */
@Command(
        name = "journal",
        mixinStandardHelpOptions = true,
        versionProvider = BuildVersion.class,
        subcommands = {JournalListCommand.class, JournalShowCommand.class, JournalExportCommand.class,
            JournalReconcileCommand.class},
        description = {
            "Reads the order journal without the console.",
            "Works on a journal no running console holds (H2 lets one process at a time open it); never creates"
                + " a journal that does not exist. Exit codes: 0 done, 1 failed (one line on stderr), 2 usage."
        })
public final class JournalCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    /** The environment (APCA_* keys, XDG_DATA_HOME); a map of the test's choosing in tests. */
    final Map<String, String> env;
    /** The clock {@code --since 2h} counts back from. */
    final Clock clock;

    public JournalCommand() {
        this(System.getenv(), Clock.systemUTC());
    }

    JournalCommand(Map<String, String> env, Clock clock) {
        this.env = Map.copyOf(Objects.requireNonNull(env, "env"));
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing subcommand: list, show, export or reconcile");
    }
}
