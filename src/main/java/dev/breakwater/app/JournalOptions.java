package dev.breakwater.app;

import dev.breakwater.journal.JournalUnavailableException;
import dev.breakwater.settings.BrokerMode;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * What every {@code breakwater journal} subcommand shares: which journal ({@code --journal}, else the
 * console's for {@code --broker}), the environment and clock of {@link JournalCommand}, and running the
 * work with failures turned into one line.
 */
final class JournalOptions {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Option(names = "--journal", paramLabel = "URL|PATH",
            description = "The journal: a JDBC URL (jdbc:h2:file:…, jdbc:h2:tcp://… for a desk server) or the"
                    + " file's path without .mv.db. Default: the console's journal for --broker.")
    String journal;

    @Option(names = "--broker", paramLabel = "paper|live", converter = BreakwaterCommand.BrokerModeConverter.class,
            description = "Whose journal: journal-paper or journal-live in $XDG_DATA_HOME/breakwater"
                    + " (else ~/.local/share/breakwater). Default: paper (reconcile: the console's choice).")
    BrokerMode broker;

    /** The journal to read: {@code --journal}, else the console's for {@code --broker} (paper when not given). */
    JournalFile file() {
        if (journal != null) {
            return JournalFile.of(journal);
        }
        BrokerMode mode = broker == null ? BrokerMode.PAPER : broker;
        if (mode == BrokerMode.SIM) {
            throw usageError("--broker sim has no journal to read: the simulator's journal is deleted with its"
                    + " console; use paper or live, or --journal");
        }
        Configuration config = configuration(Map.of());
        // The console's journal: the journal option (flag of the root, BREAKWATER_JOURNAL, the file's key) when
        // set, else journal-<mode> in the configured data directory.
        return config.value(ConfigOption.JOURNAL).isPresent() ? JournalFile.of(config.journal(mode))
                : JournalFile.ofConsole(mode, config.dataDir());
    }

    /** The operator options ({@link Configuration}) with {@code own} flags of the subcommand over the root's. */
    Configuration configuration(Map<ConfigOption, String> own) {
        try {
            return Configuration.resolve(ProcessOptions.flags(spec, own), env());
        } catch (IllegalArgumentException | IOException e) {
            throw new JournalCommandFailure(e.getMessage(), e); // a bad settings value, or an unreadable file
        }
    }

    Map<String, String> env() {
        return parent().env;
    }

    Clock clock() {
        return parent().clock;
    }

    /** A usage error (exit 2) of the subcommand using these options. */
    ParameterException usageError(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    /** What a subcommand does once its options are checked; writes to {@code out}, returns the exit code. */
    interface Work {
        int run(PrintWriter out) throws IOException;
    }

    /**
     * Runs {@code work}, turning an expected failure (journal missing, held, damaged; file unwritable; broker
     * unreachable) into its one-line message on the error writer and exit code 1.
     */
    int run(Work work) {
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

    private JournalCommand parent() {
        return (JournalCommand) spec.parent().userObject();
    }
}
