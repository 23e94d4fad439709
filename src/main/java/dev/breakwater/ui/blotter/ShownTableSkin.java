package dev.breakwater.ui.blotter;

import java.util.Objects;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableViewSkin;

/**
 * A table skin that lays out its rows only while its tab is shown. A tab pane keeps the tables of hidden
 * tabs in the scene, so each layout pass laid them out too, and a table whose row count changed rebuilt
 * every visible row and re-applied their CSS ({@code VirtualFlow}'s item count change runs a full layout):
 * three tables for one on screen ({@code bench ui}). A hidden table keeps its items and selection; it
 * catches up with one layout when shown.
 */
final class ShownTableSkin<S> extends TableViewSkin<S> {

    private final ObservableBooleanValue shown;

    ShownTableSkin(TableView<S> table, ObservableBooleanValue shown) {
        super(table);
        this.shown = Objects.requireNonNull(shown, "shown");
        registerChangeListener(shown, ignored -> {
            if (shown.get()) {
                table.requestLayout();
            }
        });
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        if (shown.get()) {
            super.layoutChildren(x, y, w, h);
        }
    }
}
