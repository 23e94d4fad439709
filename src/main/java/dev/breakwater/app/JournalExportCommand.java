package dev.breakwater.app;

import dev.breakwater.journal.H2OrderJournal;
import dev.breakwater.journal.JournalEvent;
import dev.breakwater.journal.AuditCsv;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code breakwater journal export --csv FILE}: the audit trail as RFC 4180 CSV, the same file the console's journal screen saves. */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        versionProvider = BuildVersion.class,
        description = {
            "Exports the audit trail as CSV.",
            "Every audit event (sequence, at, client_order_id, kind, from, to, detail) as RFC 4180 CSV: a header"
                + " row, CRLF line ends, fields quoted when they hold a comma, quote or line break; UTF-8."
        })
public final class JournalExportCommand implements Callable<Integer> {

    @Mixin
    private JournalOptions journal;

    @Option(names = "--csv", required = true, paramLabel = "FILE", description = "The CSV file to write (replaced if it exists).")
    private Path csv;

    @Option(names = "--since", paramLabel = "T", converter = JournalSince.Converter.class,
            description = "Only events at or after T: an " + JournalSince.HELP + ".")
    private JournalSince since;

    @Override
    public Integer call() {
        JournalFile file = journal.file();
        Instant from = since == null ? null : since.resolve(journal.clock());
        return journal.run(out -> {
            List<JournalEvent> events;
            // Read first: a journal that cannot be read must not leave an empty CSV behind.
            try (H2OrderJournal opened = file.open()) {
                events = opened.eventsSince(from, Integer.MAX_VALUE);
            }
            try (Writer writer = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
                AuditCsv.write(events, writer);
            } catch (IOException e) {
                throw new JournalCommandFailure("cannot write " + csv + " (" + e.getClass().getSimpleName() + ": "
                        + e.getMessage() + ")", e);
            }
            out.println("exported " + events.size() + (events.size() == 1 ? " event" : " events") + " to " + csv);
            return 0;
        });
    }
}
