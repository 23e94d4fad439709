package dev.breakwater.ui.health;

import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.scene.layout.Region;
import javafx.scene.shape.Polyline;

/**
 * A call-rate sparkline: one Polyline scaled to the region, redrawn when the history changes (once per
 * tick) or the region is resized. The line's colour comes from CSS ({@code .sparkline-line}), so it
 * follows the theme.
 */
final class Sparkline extends Region {

    private final Polyline line = new Polyline();
    private List<Double> values = List.of();

    Sparkline(ObservableValue<List<Double>> history) {
        getStyleClass().add("sparkline");
        line.getStyleClass().add("sparkline-line");
        line.setManaged(false);
        getChildren().add(line);
        setMinHeight(36);
        setPrefHeight(36);
        setPrefWidth(BreakerTileModel.HISTORY_POINTS * 2);
        show(history.getValue());
        history.addListener((observable, before, after) -> show(after));
    }

    private void show(List<Double> next) {
        values = next == null ? List.of() : next;
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        double width = getWidth() - snappedLeftInset() - snappedRightInset();
        double height = getHeight() - snappedTopInset() - snappedBottomInset();
        line.getPoints().clear();
        if (values.isEmpty() || width <= 0 || height <= 0) {
            return;
        }
        double max = 1; // a quiet minute stays a flat line at the bottom, not a full-height one
        for (double value : values) {
            max = Math.max(max, value);
        }
        // The newest point sits at the right edge; a history shorter than two minutes starts further right.
        double step = width / (BreakerTileModel.HISTORY_POINTS - 1);
        double x0 = snappedLeftInset() + width - step * (values.size() - 1);
        Double[] points = new Double[values.size() * 2];
        for (int i = 0; i < values.size(); i++) {
            points[2 * i] = x0 + step * i;
            points[2 * i + 1] = snappedTopInset() + height - values.get(i) / max * height;
        }
        line.getPoints().setAll(points);
    }

    /** The points drawn, x and y alternating (for tests). */
    List<Double> points() {
        return List.copyOf(line.getPoints());
    }
}
