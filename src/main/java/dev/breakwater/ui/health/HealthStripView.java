package dev.breakwater.ui.health;

import dev.breakwater.ui.Fxml;
import atlantafx.base.theme.Styles;
import java.util.Objects;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * The compact health strip for the window's top bar: a coloured dot and a short name per breaker and
 * for the live stream, the detail in a tooltip. fx:ids {@code #healthDotOrders}, {@code #healthDotReads},
 * {@code #healthDotStream}, {@code #healthDotLive}; a click handler for "open the Health panel" is the
 * shell's ({@link #root()} is an HBox).
 */
public final class HealthStripView {

    private final StatusStripModel model;
    private Parent root;

    @FXML private HBox healthStrip;

    private HealthStripView(StatusStripModel model) {
        this.model = Objects.requireNonNull(model, "model");
    }

    /** Loads HealthStripView.fxml over {@code model} ({@code HealthViewModel.statusStrip()}); FX thread. */
    public static HealthStripView create(StatusStripModel model) {
        HealthStripView view = new HealthStripView(model);
        view.root = Fxml.load(view);
        view.root.getStylesheets().add(
                Objects.requireNonNull(HealthStripView.class.getResource("HealthView.css")).toExternalForm());
        return view;
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        for (StatusDot dot : model.dots()) {
            Region light = new Region();
            light.getStyleClass().add("health-dot");
            ToneStyles.bind(light, dot.toneProperty());
            Label name = new Label(dot.name());
            name.getStyleClass().add(Styles.TEXT_SMALL);
            HBox item = new HBox(4, light, name);
            item.setAlignment(Pos.CENTER_LEFT);
            String suffix = Character.toUpperCase(dot.id().charAt(0)) + dot.id().substring(1);
            item.setId("healthDot" + suffix);
            Tooltip tooltip = new Tooltip();
            tooltip.textProperty().bind(dot.tooltipProperty());
            Tooltip.install(item, tooltip);
            healthStrip.getChildren().add(item);
        }
    }
}
