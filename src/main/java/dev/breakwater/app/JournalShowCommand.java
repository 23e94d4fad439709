package dev.breakwater.app;

import dev.breakwater.journal.H2OrderJournal;
import dev.breakwater.journal.Intent;
import dev.breakwater.journal.JournalEvent;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code breakwater journal show ID}: one intent's fields and its whole audit trail, oldest event first. */
@Command(
        name = "show",
        mixinStandardHelpOptions = true,
        versionProvider = BuildVersion.class,
        description = {
            "Shows one intent and its audit trail.",
            "The request as journaled, state, broker order id and status, attempts, last error; then every audit"
                + " event in order."
        })
public final class JournalShowCommand implements Callable<Integer> {

    @Mixin
    private JournalOptions journal;

    @Parameters(index = "0", paramLabel = "CLIENT_ORDER_ID", description = "The intent's client_order_id (bw-…).")
    private String clientOrderId;

    @Override
    public Integer call() {
        JournalFile file = journal.file();
        return journal.run(out -> {
            Intent intent;
            List<JournalEvent> events;
            try (H2OrderJournal opened = file.open()) {
                intent = opened.find(clientOrderId).orElseThrow(() -> new JournalCommandFailure(
                        "no intent with client_order_id " + clientOrderId + " in " + file));
                events = opened.events(clientOrderId);
            }
            JournalTable.intent(intent).forEach(out::println);
            out.println("audit trail (" + events.size() + (events.size() == 1 ? " event):" : " events):"));
            JournalTable.events(events).forEach(line -> out.println("  " + line));
            return 0;
        });
    }
}
