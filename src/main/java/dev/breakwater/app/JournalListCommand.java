package dev.breakwater.app;

import dev.breakwater.journal.H2OrderJournal;
import dev.breakwater.journal.Intent;
import dev.breakwater.journal.IntentState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code breakwater journal list}: intents, newest first, one line each, then how many and from where. */
@Command(
        name = "list",
        mixinStandardHelpOptions = true,
        versionProvider = BuildVersion.class,
        description = {
            "Lists order intents, newest first, one line each.",
            "Columns: created_at (UTC), client_order_id, state, symbol, side, qty, type, broker order id, broker"
                + " status, attempts; then a count line naming the journal."
        })
public final class JournalListCommand implements Callable<Integer> {

    @Mixin
    private JournalOptions journal;

    @Option(names = "--state", paramLabel = "STATE", converter = StateConverter.class,
            description = "Only intents in this state: PENDING, SENDING, ACCEPTED, REJECTED, UNKNOWN, NOT_SENT.")
    private IntentState state;

    @Option(names = "--since", paramLabel = "T", converter = JournalSince.Converter.class,
            description = "Only intents updated at or after T: an " + JournalSince.HELP + ".")
    private JournalSince since;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "100",
            description = "At most N intents (the newest). Default: ${DEFAULT-VALUE}.")
    private int limit;

    @Override
    public Integer call() {
        if (limit < 1) {
            throw journal.usageError("Invalid value for option '--limit': " + limit + " (must be at least 1)");
        }
        JournalFile file = journal.file();
        Instant from = since == null ? null : since.resolve(journal.clock());
        return journal.run(out -> {
            List<Intent> intents;
            try (H2OrderJournal opened = file.open()) {
                intents = opened.list(state, from, limit);
            }
            if (!intents.isEmpty()) {
                JournalTable.intents(intents).forEach(out::println);
            }
            out.println(countLine(intents.size(), file, from));
            return 0;
        });
    }

    private String countLine(int count, JournalFile file, Instant from) {
        List<String> scope = new ArrayList<>();
        if (state != null) {
            scope.add("state " + state);
        }
        if (from != null) {
            scope.add("updated since " + JournalTable.seconds(from));
        }
        if (count == limit) {
            scope.add("limit " + limit + " reached: older intents not shown");
        }
        return count + (count == 1 ? " intent" : " intents") + " in " + file
                + (scope.isEmpty() ? "" : " (" + String.join("; ", scope) + ")");
    }

    /** Accepts a state in any case; a wrong one is a usage error listing the states. */
    static final class StateConverter implements ITypeConverter<IntentState> {
        @Override
        public IntentState convert(String value) {
            try {
                return IntentState.valueOf(value.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("'" + value + "' is not a state: use one of "
                        + Arrays.toString(IntentState.values()));
            }
        }
    }
}
