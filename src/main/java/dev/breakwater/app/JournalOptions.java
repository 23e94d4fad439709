package dev.breakwater.app;

import dev.breakwater.settings.BrokerMode;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Which journal a {@code breakwater journal} subcommand works on: {@code --journal}, else the console's for {@code --broker}. */
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
    JournalFile file(Map<String, String> env) {
        if (journal != null) {
            return JournalFile.of(journal);
        }
        BrokerMode mode = broker == null ? BrokerMode.PAPER : broker;
        if (mode == BrokerMode.SIM) {
            throw new ParameterException(spec.commandLine(), "--broker sim has no journal to read: the simulator's"
                    + " journal is deleted with its console; use paper or live, or --journal");
        }
        return JournalFile.ofConsole(mode, Directories.dataDirectory(env));
    }
}
