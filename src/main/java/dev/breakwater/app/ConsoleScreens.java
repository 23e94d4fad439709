package dev.breakwater.app;

import dev.breakwater.orders.ReconcileReport;
import dev.breakwater.settings.ConsoleSettings;
import dev.breakwater.settings.SettingsFile;
import dev.breakwater.ui.BackgroundWork;
import dev.breakwater.ui.LiveBlotterFeed;
import dev.breakwater.ui.account.AccountSummaryView;
import dev.breakwater.ui.account.AccountView;
import dev.breakwater.ui.account.AccountViewModel;
import dev.breakwater.ui.blotter.BlotterView;
import dev.breakwater.ui.blotter.BlotterViewModel;
import dev.breakwater.ui.chaos.ChaosView;
import dev.breakwater.ui.chaos.ChaosViewModel;
import dev.breakwater.ui.health.HealthStripView;
import dev.breakwater.ui.health.HealthView;
import dev.breakwater.ui.health.HealthViewModel;
import dev.breakwater.ui.journal.JournalView;
import dev.breakwater.ui.journal.JournalViewModel;
import dev.breakwater.ui.main.Hotkeys;
import dev.breakwater.ui.main.MainView;
import dev.breakwater.ui.main.MainViewModel;
import dev.breakwater.ui.settings.SettingsView;
import dev.breakwater.ui.settings.SettingsViewModel;
import dev.breakwater.ui.ticket.OrderTicketViewModel;
import dev.breakwater.ui.ticket.TicketView;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Executor;
import javafx.scene.control.Tab;
import javafx.stage.Stage;

/**
 * The screens of a running console, built by hand over one session: each view model gets its ports and
 * the executors, each view is slotted into the frame, and the hotkeys are bound to the view models'
 * commands. {@link #tick()} runs every half second on the FX thread.
 */
final class ConsoleScreens implements AutoCloseable {

    static final String TAB_POSITIONS = "positionsTab";
    static final String TAB_HEALTH = "healthTab";
    static final String TAB_JOURNAL = "journalTab";
    static final String TAB_CHAOS = "chaosTab";
    static final String TAB_SETTINGS = "settingsTab";

    /** What the screens are built from. */
    record Context(ConsoleSession session, ConsoleSettings settings, Path settingsFile, boolean envKeys,
                   BackgroundWork work, Executor pulse, MainView main, MainViewModel model, Hotkeys hotkeys,
                   Stage stage) {
    }

    final OrderTicketViewModel ticket;
    final TicketView ticketView;
    final LiveBlotterFeed feed;
    final BlotterViewModel blotter;
    final BlotterView blotterView;
    final AccountViewModel account;
    final HealthViewModel health;
    final JournalViewModel journal;
    final ChaosViewModel chaos;
    final SettingsViewModel settings;
    private final Runnable unsubscribeFeed;
    private long ticks;

    private ConsoleScreens(Context context) {
        ConsoleSession session = context.session();
        MainView main = context.main();
        Clock clock = Clock.systemUTC();

        ticket = new OrderTicketViewModel(new SessionTicketServices(session), context.work(), clock);
        ticket.setPrecautions(context.settings().precautions());
        ticket.setReviewBeforeSend(context.settings().reviewBeforeSend());
        ticketView = TicketView.create(ticket);
        main.setTicket(ticketView.root());

        feed = new LiveBlotterFeed(context.pulse());
        unsubscribeFeed = feed.connect(session.live());
        blotter = new BlotterViewModel(feed.orderRows(), session.stack.broker, context.work(), session.ids::next);
        blotterView = BlotterView.create(blotter);
        main.setBlotter(blotterView.root());

        account = new AccountViewModel(feed.accountProperty(), feed.positions());
        AccountView accountView = AccountView.create(account);
        main.setAccountSummary(AccountSummaryView.create(account).root());
        main.addTab(TAB_POSITIONS, "Positions", accountView.root());

        // The health panel shows times in the trader's zone.
        health = new HealthViewModel(new ResilienceHealthFeed(session.stack.health,
                session.stack.resilience.settings(), () -> session.stream().status()), Clock.systemDefaultZone(),
                context.pulse(), context.work());
        main.addTab(TAB_HEALTH, "Broker health", HealthView.create(health).root());
        main.setHealthStrip(HealthStripView.create(health.statusStrip()).root());
        main.bindBanner(health.banner().visibleProperty(), health.banner().textProperty());

        journal = new JournalViewModel(new StackJournalBrowser(session.stack.journal, session.stack.reconciler),
                context.work());
        // "Resolve now" rounds belong in the health event log beside the breaker transitions they follow.
        journal.messageProperty().addListener((obs, old, message) -> {
            if (message != null && message.startsWith("Reconciled")) {
                health.log("reconcile", "resolve now: " + message);
            }
        });
        Tab journalTab = main.addTab(TAB_JOURNAL, "Journal", JournalView.create(journal).root());
        journalTab.textProperty().bind(javafx.beans.binding.Bindings.when(journal.attentionProperty().isEmpty())
                .then("Journal").otherwise(javafx.beans.binding.Bindings.concat("Journal (",
                        journal.attentionProperty(), ")")));

        chaos = session.simulator().map(sim -> new ChaosViewModel(new SimChaosControl(sim))).orElse(null);
        if (chaos != null) {
            Tab chaosTab = main.addTab(TAB_CHAOS, "Chaos (simulator)", ChaosView.create(chaos).root());
            // The simulator can also be driven through its control port: show what it really runs.
            chaosTab.setOnSelectionChanged(event -> {
                if (chaosTab.isSelected()) {
                    chaos.reload();
                }
            });
        }

        settings = new SettingsViewModel(context.settings(), changed -> SettingsFile.save(context.settingsFile(),
                changed), context.work(), context.envKeys());
        main.addTab(TAB_SETTINGS, "Settings", SettingsView.create(settings).root());
        settings.savedProperty().addListener((obs, old, saved) -> {
            ticket.setPrecautions(saved.precautions());
            ticket.setReviewBeforeSend(saved.reviewBeforeSend());
        });
        settings.themeDarkProperty().addListener((obs, was, dark) -> context.model().setDarkTheme(dark));

        bindHotkeys(context.hotkeys(), main);
        journal.refresh();
    }

    static ConsoleScreens build(Context context) {
        return new ConsoleScreens(context);
    }

    private void bindHotkeys(Hotkeys hotkeys, MainView main) {
        hotkeys.bind("Shortcut+B", "Ticket: buy", () -> {
                    ticket.buy();
                    ticketView.focusSymbol();
                })
                .bind("Shortcut+S", "Ticket: sell", () -> {
                    ticket.sell();
                    ticketView.focusSymbol();
                })
                .bind("Shortcut+Enter", "Ticket: submit (or confirm, or send anyway)", ticket::submit)
                .bind("Shortcut+N", "New ticket (a new client_order_id)", () -> {
                    ticket.newTicket();
                    ticketView.focusSymbol();
                })
                .bind("Shortcut+Shift+X", "Cancel all working orders (asks first)", blotterView::requestCancelAll)
                .bind("Shortcut+L", "Focus the blotter", blotterView::focusTable)
                .bind("Shortcut+H", "Show broker health", () -> main.selectTab(TAB_HEALTH))
                .bind("Shortcut+J", "Show the journal", () -> main.selectTab(TAB_JOURNAL));
    }

    /** Every half second: quotes and resolving tickets; health every second; the journal every 2 s. */
    void tick() {
        ticks++;
        ticket.tick();
        if (ticks % 2 == 0) {
            health.tick();
        }
        if (ticks % 4 == 0) {
            journal.refresh(); // also while hidden: the tab's badge counts unknown intents
        }
    }

    void logReconciliation(String when, ReconcileReport report) {
        health.log("reconcile", when + ": " + report.accepted() + " accepted, " + report.notSent() + " not sent, "
                + report.adopted() + " adopted, " + report.stillOpen() + " still open");
    }

    @Override
    public void close() {
        unsubscribeFeed.run();
        health.close();
    }
}
