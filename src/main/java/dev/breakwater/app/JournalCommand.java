package dev.breakwater.app;

import dev.breakwater.journal.JournalUnavailableException;
import java.io.IOException;
import java.io.PrintWriter;
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
            "Reads the order journal without the console: list intents, show one with its audit trail,",
            "export the audit trail as CSV, reconcile against the broker.",
            "Works on a journal no running console holds (H2 lets one process at a time open it);",
            "never creates a journal that does not exist."
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

    /** What a subcommand does once its options are checked; writes to {@code out}, returns the exit code. */
    interface Work {
        int run(PrintWriter out) throws IOException;
    }

    /**
     * Runs {@code work}, turning an expected failure (journal missing, held, damaged; file unwritable; broker
     * unreachable) into its one-line message on the error writer and exit code 1.
     */
    static int run(CommandSpec spec, Work work) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            return work.run(out);
        } catch (JournalCommandFailure | JournalUnavailableException e) {
            err.println(e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("I/O error: " + e.getMessage());
            return 1;
        } finally {
            out.flush();
            err.flush();
        }
    }
}
