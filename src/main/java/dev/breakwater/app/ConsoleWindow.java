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
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.IntStream;
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

    private final Stage stage;
    private final ConsoleLaunch launch;
    private final Map<String, String> env;
    private final MainViewModel model;
    private final MainView main;
    private final Scene scene;
    private final Hotkeys hotkeys = new Hotkeys();
    private final ExecutorService workers = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "console-work");
        thread.setDaemon(true);
        return thread;
    });
    // User actions are few: their results may go through runLater. Streams go through the pulse executor.
    private final BackgroundWork work = new ExecutorBackgroundWork(workers, Platform::runLater);
    private final Supplier<MeterRegistry> meters;
    private final ResilienceSettings resilience;
    private PulseExecutor pulse;
    private Timeline ticks;
    private volatile boolean closed;
    private ConsoleSession session;
    private ConsoleScreens screens;
    private ConsoleSettings settings;
    private Path settingsFile;
    private boolean envKeys;

    /** @param frame the window's content, possibly built while the command line was still being parsed */
    ConsoleWindow(Stage stage, ConsoleLaunch launch, Map<String, String> env, ConsoleFrame frame) {
        this(stage, launch, env, launch.meters(), ResilienceSettings.defaults(), frame);
    }

    /**
     * Builds its own frame, so call on the FX thread.
     *
     * @param resilience the policies; tests shorten the breakers' open period
     */
    ConsoleWindow(Stage stage, ConsoleLaunch launch, Map<String, String> env, MeterRegistry meters,
                  ResilienceSettings resilience) {
        this(stage, launch, env, () -> meters, resilience, new ConsoleFrame());
    }

    private ConsoleWindow(Stage stage, ConsoleLaunch launch, Map<String, String> env, Supplier<MeterRegistry> meters,
                          ResilienceSettings resilience, ConsoleFrame frame) {
        this.model = frame.model;
        this.main = frame.main;
        this.scene = frame.scene;
        this.stage = stage;
        this.launch = launch;
        this.env = env;
        this.meters = meters;
        this.resilience = resilience;
    }

    /** Shows the window and starts connecting; call on the FX thread. */
    void open() {
        pulse = new PulseExecutor().start();
        main.onHelp(() -> HelpDialog.show(stage, hotkeys));
        main.onQuit(Platform::exit);
        hotkeys.bind("F1", "Show this list of hotkeys", () -> HelpDialog.show(stage, hotkeys));
        hotkeys.install(scene);
        stage.setTitle("Breakwater " + BuildVersion.version());
        stage.setScene(scene);
        BenchStartupProbe.attachIfRequested(stage, model);
        stage.show();
        work.run("connect", this::connect, this::connected, this::failed);
        // Decoding the icons (the largest is 256 px) is worker work: the window shows without them first.
        // A failure is logged by the worker; the window works without its icons.
        work.run("icons", ConsoleWindow::icons, stage.getIcons()::setAll, error -> { });
    }

    private static List<Image> icons() {
        return IntStream.of(32, 64, 256).mapToObj(size -> new Image(
                ConsoleWindow.class.getResource("icons/icon-" + size + ".png").toExternalForm())).toList();
    }

    private ConsoleSession connect() throws Exception {
        // Logback reads its configuration on first use, which takes a good part of a second: here, once the
        // window is up and off the FX thread, and not on the way to the window.
        LoggerFactory.getILoggerFactory();
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
        return ConsoleSession.connect(target, resilience, meters.get(), progress());
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
            log().error("console screens could not be built", e);
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
        log().error("console could not start: {}", error.toString());
        String message = error instanceof JournalUnavailableException
                ? "Trading is stopped: the order journal cannot be used. " + error.getMessage()
                : "Could not start: " + error.getMessage();
        model.failed(message);
    }

    /** Not a static field: the class is loaded on the FX thread before the window shows, logging is not. */
    private static Logger log() {
        return LoggerFactory.getLogger(ConsoleWindow.class);
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
