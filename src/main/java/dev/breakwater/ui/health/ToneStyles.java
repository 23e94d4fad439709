package dev.breakwater.ui.health;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;

/** Maps a {@link Tone} to AtlantaFX style classes on a node, and keeps it in step with a tone property. */
final class ToneStyles {

    /** Our own class for a drill's forced-open state (striped in HealthView.css), added next to "danger". */
    static final String FORCED = "forced";
    private static final List<String> ALL = List.of(Styles.SUCCESS, Styles.WARNING, Styles.DANGER, Styles.ACCENT,
            Styles.TEXT_MUTED, FORCED);

    private ToneStyles() {
    }

    static void bind(Node node, ObservableValue<Tone> tone) {
        apply(node, tone.getValue());
        tone.addListener((observable, before, after) -> apply(node, after));
    }

    static void apply(Node node, Tone tone) {
        node.getStyleClass().removeAll(ALL);
        if (tone == null) {
            return;
        }
        switch (tone) {
            case SUCCESS -> node.getStyleClass().add(Styles.SUCCESS);
            case WARNING -> node.getStyleClass().add(Styles.WARNING);
            case DANGER -> node.getStyleClass().add(Styles.DANGER);
            case FORCED -> node.getStyleClass().addAll(Styles.DANGER, FORCED);
            case ACCENT -> node.getStyleClass().add(Styles.ACCENT);
            case MUTED -> node.getStyleClass().add(Styles.TEXT_MUTED);
        }
    }
}
