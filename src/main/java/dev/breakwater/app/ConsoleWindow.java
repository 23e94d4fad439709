package dev.breakwater.app;

import dev.breakwater.journal.JournalUnavailableException;
import dev.breakwater.orders.ReconcileReport;
import dev.breakwater.resilience.ResilienceSettings;
import dev.breakwater.settings.BrokerMode;
import dev.breakwater.settings.ConsoleSettings;
import dev.breakwater.settings.SettingsFile;
import dev.breakwater.sim.SimulatedBroker;
import dev.breakwater.ui.BackgroundWork;
import dev.breakwater.ui.ExecutorBackgroundWork;
import dev.breakwater.ui.PulseExecutor;
import dev.breakwater.ui.main.HelpDialog;
import dev.breakwater.ui.main.Hotkeys;
import dev.breakwater.ui.main.LiveConfirmation;
import dev.breakwater.ui.main.LiveConfirmationDialog;
import dev.breakwater.ui.main.MainView;
import dev.breakwater.ui.main.MainViewModel;
import dev.breakwater.ui.main.Themes;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The console's start-up and lifetime, on one stage. The window shows at once with a progress overlay;
 * settings, the simulator, the journal and the first broker calls run on a worker, and each step reports
 * back. Live trading waits for the account number to be typed; without it nothing is started and the
 * window says so. Once trading starts the screens are built ({@link ConsoleScreens}) and a half-second
 * timeline drives their ticks.
 */
final class ConsoleWindow {

    private static final Logger LOG = LoggerFactory.getLogger(ConsoleWindow.class);

    private final Stage stage;
    private final ConsoleLaunch launch;
    private final Map<String, String> env;
    private final MainViewModel model = new MainViewModel();
    private final Hotkeys hotkeys = new Hotkeys();
    private final ExecutorService workers = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "console-work");
        thread.setDaemon(true);
        return thread;
    });
    // User actions are few: their results may go through runLater. Streams go through the pulse executor.
    private final BackgroundWork work = new ExecutorBackgroundWork(workers, Platform::runLater);
    private final MeterRegistry meters;
    private final ResilienceSettings resilience;
    private PulseExecutor pulse;
    private MainView main;
    private Timeline ticks;
    private volatile boolean closed;
    private ConsoleSession session;
    private ConsoleScreens screens;
    private ConsoleSettings settings;
    private Path settingsFile;
    private boolean envKeys;

    ConsoleWindow(Stage stage, ConsoleLaunch launch, Map<String, String> env) {
        this(stage, launch, env, launch.meters(), ResilienceSettings.defaults());
    }

    /** @param resilience the policies; tests shorten the breakers' open period */
    ConsoleWindow(Stage stage, ConsoleLaunch launch, Map<String, String> env, MeterRegistry meters,
                  ResilienceSettings resilience) {
        this.stage = stage;
        this.launch = launch;
        this.env = env;
        this.meters = meters;
        this.resilience = resilience;
    }

    /** Shows the window and starts connecting; call on the FX thread. */
    void open() {
        pulse = new PulseExecutor().start();
        main = MainView.create(model);
        main.onHelp(() -> HelpDialog.show(stage, hotkeys));
        main.onQuit(Platform::exit);
        Scene scene = new Scene(main.root(), 1440, 900);
        Themes.style(scene);
        Themes.apply(model.darkThemeProperty().get());
        model.darkThemeProperty().addListener((obs, was, dark) -> Themes.apply(dark));
        hotkeys.bind("F1", "Show this list of hotkeys", () -> HelpDialog.show(stage, hotkeys));
        hotkeys.install(scene);
        stage.setTitle("Breakwater " + BuildVersion.version());
        for (int size : new int[] {32, 64, 256}) {
            stage.getIcons().add(new Image(ConsoleWindow.class.getResource("icons/icon-" + size + ".png").toExternalForm()));
        }
        stage.setScene(scene);
        BenchStartupProbe.attachIfRequested(stage, model);
        stage.show();
        work.run("connect", this::connect, this::connected, this::failed);
    }

    private ConsoleSession connect() throws Exception {
        Configuration config = Configuration.resolve(launch.flags(), env);
        settingsFile = config.settingsFile();
        settings = SettingsFile.load(settingsFile);
        envKeys = env.containsKey(dev.breakwater.broker.alpaca.AlpacaConfig.ENV_KEY_ID);
        ConsoleTarget target = ConsoleTarget.resolve(config);
        // The embedded simulator's pair is public, but masking it too costs nothing.
        LogSecrets.register(target.keyId(), target.secretKey(), SimulatedBroker.DEMO_KEY_ID, SimulatedBroker.DEMO_SECRET);
        Platform.runLater(() -> {
            model.setMode(target.mode());
            model.setDarkTheme(settings.darkTheme());
        });
        return ConsoleSession.connect(target, resilience, meters, progress());
    }

    private Consumer<String> progress() {
        return message -> Platform.runLater(() -> model.progress(message));
    }

    private void connected(ConsoleSession opened) {
        session = opened;
        if (closed) {
            workers.execute(opened::close);
            return;
        }
        model.setAccount(opened.account());
        if (opened.mode == BrokerMode.LIVE
                && !new LiveConfirmationDialog(stage, new LiveConfirmation(opened.account())).showAndWait()) {
            session = null;
            workers.execute(opened::close);
            model.failed("Live trading was not confirmed: nothing was started and no order can be sent. "
                    + "Start again to confirm, or use --broker paper or --broker sim.");
            return;
        }
        work.run("start trading", () -> opened.startTrading(progress()), this::tradingStarted, this::failed);
    }

    private void tradingStarted(ReconcileReport leftovers) {
        if (closed) {
            return;
        }
        try {
            screens = ConsoleScreens.build(new ConsoleScreens.Context(session, settings, settingsFile, envKeys, work,
                    pulse, main, model, hotkeys, stage));
        } catch (RuntimeException e) {
            // A screen that cannot be built must not leave a window that looks like it is still starting.
            LOG.error("console screens could not be built", e);
            ConsoleSession broken = session;
            session = null;
            workers.execute(broken::close);
            model.failed("The console could not build its screens: " + e + ". No order can be sent from this window.");
            return;
        }
        screens.logReconciliation("start-up", leftovers);
        model.ready();
        ticks = new Timeline(new KeyFrame(Duration.millis(500), event -> screens.tick()));
        ticks.setCycleCount(Animation.INDEFINITE);
        ticks.play();
    }

    private void failed(Throwable error) {
        LOG.error("console could not start: {}", error.toString());
        String message = error instanceof JournalUnavailableException
                ? "Trading is stopped: the order journal cannot be used. " + error.getMessage()
                : "Could not start: " + error.getMessage();
        model.failed(message);
    }

    /** Test access: the window's frame, once open. */
    MainView main() {
        return main;
    }

    MainViewModel model() {
        return model;
    }

    ConsoleScreens screens() {
        return screens;
    }

    ConsoleSession session() {
        return session;
    }

    /** Stops the ticks and closes the session (the journal compacts on close); call on the FX thread. */
    void close() {
        closed = true;
        if (ticks != null) {
            ticks.stop();
        }
        if (pulse != null) {
            pulse.stop();
        }
        if (screens != null) {
            screens.close();
        }
        if (session != null) {
            session.close();
        }
        workers.shutdownNow();
    }
}
