package dev.breakwater.ui.main;

import dev.breakwater.ui.Fxml;
import dev.breakwater.settings.BrokerMode;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.NotificationPane;

/**
 * The window's frame: top bar (broker badge, account, health strip, theme, help), the working area
 * ({@link MainWorkspace}: ticket, blotter, lower tabs, order-channel banner) and the start-up overlay.
 * The screens are built elsewhere and slotted in; the working area is built when the first one is, since
 * the overlay hides it until then.
 */
public final class MainView {

    private final MainViewModel model;
    private Runnable onHelp = () -> { };
    private Runnable onQuit = () -> { };

    @FXML private BorderPane mainRoot;
    @FXML private Label modeBadge;
    @FXML private Label accountLabel;
    @FXML private StackPane accountSummarySlot;
    @FXML private StackPane healthStripSlot;
    @FXML private Button themeToggle;
    @FXML private StackPane centre;
    @FXML private VBox startupOverlay;
    @FXML private ProgressIndicator startupProgress;
    @FXML private Label startupStatus;
    @FXML private Button quitButton;
    private MainWorkspace workspace;

    private MainView(MainViewModel model) {
        this.model = model;
    }

    public static MainView create(MainViewModel model) {
        MainView view = new MainView(model);
        Fxml.load(view);
        return view;
    }

    @FXML
    private void initialize() {
        modeBadge.textProperty().bind(model.badgeTextProperty());
        model.modeProperty().addListener((obs, old, mode) -> styleBadge(mode));
        styleBadge(model.modeProperty().get());
        accountLabel.textProperty().bind(model.accountProperty());
        startupStatus.textProperty().bind(model.statusProperty());
        startupOverlay.visibleProperty().bind(model.phaseProperty().isNotEqualTo(MainViewModel.Phase.READY));
        startupProgress.visibleProperty().bind(model.phaseProperty().isEqualTo(MainViewModel.Phase.STARTING));
        quitButton.visibleProperty().bind(model.phaseProperty().isEqualTo(MainViewModel.Phase.FAILED));
        model.phaseProperty().addListener((obs, old, phase) -> {
            if (phase == MainViewModel.Phase.FAILED) {
                startupStatus.getStyleClass().add("failed");
            }
        });
        themeToggle.textProperty().bind(javafx.beans.binding.Bindings.when(model.darkThemeProperty())
                .then("Light theme").otherwise("Dark theme"));
    }

    private void styleBadge(BrokerMode mode) {
        modeBadge.getStyleClass().removeAll("sim", "paper", "live");
        if (mode != null) {
            modeBadge.getStyleClass().add(mode.name().toLowerCase());
        }
    }

    public Parent root() {
        return mainRoot;
    }

    private MainWorkspace workspace() {
        if (workspace == null) {
            workspace = MainWorkspace.create();
            centre.getChildren().add(0, workspace.root());
        }
        return workspace;
    }

    public void setTicket(Node ticket) {
        workspace().setTicket(ticket);
    }

    public void setBlotter(Node blotter) {
        workspace().setBlotter(blotter);
    }

    public void setAccountSummary(Node summary) {
        accountSummarySlot.getChildren().setAll(summary);
    }

    public void setHealthStrip(Node strip) {
        healthStripSlot.getChildren().setAll(strip);
    }

    /** Adds a lower tab; the id lets hotkeys and tests select it. */
    public Tab addTab(String id, String title, Node content) {
        return workspace().addTab(id, title, content);
    }

    public void selectTab(String id) {
        workspace().selectTab(id);
    }

    public TabPane lowerTabs() {
        return workspace().lowerTabs();
    }

    /** Shows the banner over the working area while {@code visible}, with {@code text}. */
    public void bindBanner(ObservableBooleanValue visible, ObservableStringValue text) {
        workspace().banner().textProperty().bind(text);
        visible.addListener((obs, was, show) -> showBanner(show));
        showBanner(visible.get());
    }

    private void showBanner(boolean show) {
        if (show) {
            banner().show();
        } else {
            banner().hide();
        }
    }

    public NotificationPane banner() {
        return workspace().banner();
    }

    public void onHelp(Runnable action) {
        onHelp = action;
    }

    public void onQuit(Runnable action) {
        onQuit = action;
    }

    @FXML
    private void onToggleTheme() {
        model.toggleTheme();
    }

    @FXML
    private void onHelp() {
        onHelp.run();
    }

    @FXML
    private void onQuit() {
        onQuit.run();
    }
}
