package dev.breakwater.app;

import dev.breakwater.broker.alpaca.AlpacaConfig;
import dev.breakwater.journal.Intent;
import dev.breakwater.journal.JournalUnavailableException;
import dev.breakwater.orders.OrderSettings;
import dev.breakwater.orders.ReconcileReport;
import dev.breakwater.resilience.ResilienceSettings;
import dev.breakwater.settings.BrokerMode;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code breakwater journal reconcile}: the console's start-up reconciliation, once, without the console:
 * PENDING intents become NOT_SENT, SENDING / UNKNOWN ones are looked up at the broker by client_order_id,
 * and orders of ours the journal lacks are adopted. Sends nothing. The broker and its keys are chosen the
 * way the console chooses them ({@link ConsoleTarget#resolve}).
 */
@Command(
        name = "reconcile",
        mixinStandardHelpOptions = true,
        versionProvider = BuildVersion.class,
        description = {
            "Reconciles the journal with the broker once (sends nothing).",
            "The console's start-up reconciliation: PENDING intents become NOT_SENT, SENDING/UNKNOWN ones are"
                + " looked up by client_order_id, orders of ours missing from the journal are adopted. Prints what"
                + " it did and the intents still unresolved. Broker and keys as the console picks them: --broker,"
                + " --broker-url, APCA_API_KEY_ID / APCA_API_SECRET_KEY / APCA_API_BASE_URL, then the settings file."
        })
public final class JournalReconcileCommand implements Callable<Integer> {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(10);
    private static final OrderSettings SETTINGS = OrderSettings.defaults();

    @Mixin
    private JournalOptions journal;

    @Option(names = "--broker-url", paramLabel = "URL",
            description = "Trading API origin (default: APCA_API_BASE_URL, else Alpaca's paper or live URL).")
    private String brokerUrl;

    @Option(names = "--config-dir", paramLabel = "DIR",
            description = "Directory of breakwater.properties (default: $XDG_CONFIG_HOME/breakwater).")
    private Path configDir;

    @Override
    public Integer call() {
        return journal.run(out -> {
            ConsoleTarget target = target();
            if (target.mode() == BrokerMode.SIM) {
                out.println("nothing to reconcile: the simulator mode keeps no journal between runs (choose --broker"
                        + " paper or live, or set APCA_API_KEY_ID and APCA_API_SECRET_KEY)");
                return 0;
            }
            JournalFile file = JournalFile.of(journal.journal != null ? journal.journal : target.journal());
            reconcile(target, file, out);
            return 0;
        });
    }

    private ConsoleTarget target() {
        Map<ConfigOption, String> flags = new EnumMap<>(ConfigOption.class);
        if (journal.broker != null) {
            flags.put(ConfigOption.BROKER, journal.broker.name());
        }
        if (brokerUrl != null) {
            flags.put(ConfigOption.BROKER_URL, brokerUrl);
        }
        if (configDir != null) {
            flags.put(ConfigOption.CONFIG_DIR, configDir.toString());
        }
        try {
            return ConsoleTarget.resolve(journal.configuration(flags));
        } catch (IllegalArgumentException e) {
            throw new JournalCommandFailure(e.getMessage(), e); // no keys for paper/live
        }
    }

    private static void reconcile(ConsoleTarget target, JournalFile file, PrintWriter out) {
        String url = file.existingUrl();
        AlpacaConfig config = new AlpacaConfig(target.baseUrl(), target.keyId(), target.secretKey(), CONNECT_TIMEOUT,
                CALL_TIMEOUT);
        TradingStack stack;
        try {
            stack = TradingStack.open(config, ResilienceSettings.defaults(), url, SETTINGS, new SimpleMeterRegistry());
        } catch (JournalUnavailableException e) {
            throw file.explain(e);
        } catch (RuntimeException e) {
            throw new JournalCommandFailure("cannot read the account at " + target.baseUrl() + ": " + e.getMessage(), e);
        }
        try (stack) {
            ReconcileReport report = stack.reconciler.startUp();
            List<Intent> left = stack.journal.unresolved();
            out.println("reconciled " + file + " against " + target.mode().name().toLowerCase(java.util.Locale.ROOT) + " account "
                    + stack.account + " at " + target.baseUrl());
            out.println("accepted=" + report.accepted() + " not_sent=" + report.notSent() + " adopted="
                    + report.adopted() + " still_open=" + report.stillOpen());
            if (report.stillOpen() > 0) {
                // Why an intent the broker lacks is not settled yet: a 404 proves nothing right after a send.
                out.println("still open: a 404 counts only " + SETTINGS.inFlightMargin().toMinutes() + " min after"
                        + " an intent was committed SENDING (" + SETTINGS.visibilityGrace().toSeconds() + " s after an"
                        + " attempt ended UNKNOWN), or the lookup failed; run again later");
            }
            out.println("unresolved intents: " + left.size());
            if (!left.isEmpty()) {
                JournalTable.intents(left).forEach(line -> out.println("  " + line));
            }
        }
    }
}
