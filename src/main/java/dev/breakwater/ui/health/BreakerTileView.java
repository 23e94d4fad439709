package dev.breakwater.ui.health;

import atlantafx.base.theme.Styles;
import dev.breakwater.broker.EndpointGroup;
import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One breaker tile, built in code because the three tiles differ only in their model and the suffix of
 * their fx:ids ({@code #badgeOrders}, {@code #forceOpenReads}, ...): one FXML per tile would be three
 * copies. Binds only; the buttons forward to the commands given.
 */
final class BreakerTileView {

    private BreakerTileView() {
    }

    static VBox create(BreakerTileModel tile, Consumer<EndpointGroup> forceOpen, Consumer<EndpointGroup> reset) {
        String suffix = tile.title();

        Label title = new Label(tile.title());
        title.getStyleClass().add(Styles.TITLE_4);
        Label badge = bound(new Label(), "badge" + suffix, tile.stateTextProperty());
        badge.getStyleClass().add("health-badge");
        ToneStyles.bind(badge, tile.stateToneProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(8, title, gap, badge);
        header.setAlignment(Pos.CENTER_LEFT);

        Label since = muted(bound(new Label(), "since" + suffix, tile.stateSinceTextProperty()));

        Label failure = bound(new Label(), "failureRate" + suffix, tile.failureRateTextProperty());
        failure.getStyleClass().add("health-big-number");
        failure.setTooltip(new Tooltip("Failed calls in the breaker's window; n/a until it holds the minimum number of calls"));
        ToneStyles.bind(failure, tile.failureRateToneProperty());
        Label slow = bound(new Label(), "slowRate" + suffix, tile.slowCallRateTextProperty());
        slow.getStyleClass().add("health-mid-number");
        ToneStyles.bind(slow, tile.slowCallRateToneProperty());
        HBox rates = new HBox(16, new VBox(failure, muted(new Label("failures"))),
                new VBox(slow, muted(new Label("slow calls"))));
        rates.setAlignment(Pos.BOTTOM_LEFT);

        Sparkline spark = new Sparkline(tile.rateHistoryProperty());
        spark.setId("spark" + suffix);
        Label rate = muted(new Label());
        rate.setId("rate" + suffix);
        rate.textProperty().bind(tile.rateTextProperty().concat(" " + tile.rateUnit() + " · 2 min"));

        GridPane numbers = new GridPane();
        numbers.setHgap(10);
        numbers.setVgap(2);
        addPair(numbers, 0, 0, "p50", bound(new Label(), "p50" + suffix, tile.p50Property()));
        addPair(numbers, 0, 1, "p90", bound(new Label(), "p90" + suffix, tile.p90Property()));
        addPair(numbers, 0, 2, "p99", bound(new Label(), "p99" + suffix, tile.p99Property()));
        addPair(numbers, 2, 0, "successful", bound(new Label(), "successful" + suffix, tile.successfulProperty().asString()));
        addPair(numbers, 2, 1, "failed", bound(new Label(), "failed" + suffix, tile.failedProperty().asString()));
        addPair(numbers, 2, 2, "slow", bound(new Label(), "slow" + suffix, tile.slowProperty().asString()));
        addPair(numbers, 2, 3, "not permitted", bound(new Label(), "notPermitted" + suffix, tile.notPermittedProperty().asString()));

        Button force = new Button("Force open");
        force.setId("forceOpen" + suffix);
        force.getStyleClass().addAll(Styles.DANGER, Styles.BUTTON_OUTLINED, Styles.SMALL);
        force.setTooltip(new Tooltip("Drill: the breaker refuses every call until Reset"));
        force.disableProperty().bind(tile.canForceOpenProperty().not());
        force.setOnAction(event -> forceOpen.accept(tile.group()));
        Button resetButton = new Button("Reset");
        resetButton.setId("reset" + suffix);
        resetButton.getStyleClass().add(Styles.SMALL);
        resetButton.setTooltip(new Tooltip("Back to CLOSED with an empty window"));
        resetButton.setOnAction(event -> reset.accept(tile.group()));
        HBox buttons = new HBox(6, force, resetButton);

        VBox box = new VBox(6, header, since, rates, spark, rate, numbers, buttons);
        box.setId("tile" + suffix);
        box.getStyleClass().add("health-tile");
        HBox.setHgrow(box, Priority.ALWAYS);
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    private static Label bound(Label label, String id, ObservableValue<String> text) {
        label.setId(id);
        label.textProperty().bind(text);
        return label;
    }

    private static Label muted(Label label) {
        label.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        return label;
    }

    private static void addPair(GridPane grid, int column, int row, String name, Label value) {
        grid.add(muted(new Label(name)), column, row);
        grid.add(value, column + 1, row);
    }
}
