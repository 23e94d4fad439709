package dev.breakwater.ui.blotter;

import java.util.Objects;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableViewSkin;
import javafx.scene.control.skin.VirtualFlow;

/**
 * A table skin that lays out its rows only while its tab is shown, and once per pass when its row count
 * changes.
 *
 * <p>A tab pane keeps the tables of hidden tabs in the scene, so each layout pass laid them out too, and a
 * table whose row count changed rebuilt every visible row and re-applied their CSS: three tables for one on
 * screen ({@code bench ui}). A hidden table keeps its items and selection; it catches up with one layout
 * when shown.
 *
 * <p>{@code VirtualFlow} answers a new cell count by laying itself out on the spot, inside the skin's own
 * layout, and then once more in the same pass: every visible row re-indexed and its CSS re-applied twice
 * per drain. The count is set here with that first layout turned into a layout request, which the pass
 * under way then serves.
 *
 * <p>It also gives each row its index without the full CSS pass {@code VirtualFlow} forces on every row whose
 * content changed: when new rows go in at the top, every visible row shows another order, and re-styling all
 * of them and their cells from scratch was the largest cost of a pulse ({@code bench ui}). A row is styled in
 * full once, when new; afterwards only when its selected, focused or empty state changes with the index (the
 * row's look and its cells' depend on them), and a coloured cell restyles itself when its colour changes
 * ({@code OrderTable.StyledCell}), so the frame shows each row as it is, not one pulse late. The rows' size
 * does not depend on what they show, so the flow measures them right without a full pass.
 *
 * <p>And it keeps the rows the trader reads in place. {@code VirtualFlow} keeps the index at the top of the
 * view when rows come and go, so with the newest first, a view scrolled down slid by every order that
 * arrived (thousands of rows a second under a busy stream). The row at the top is followed through each
 * change here and scrolled back to the top, at the same pixel offset; at the very top the view stays there
 * and shows the new rows.
 */
final class ShownTableSkin<S> extends TableViewSkin<S> {

    private final ObservableBooleanValue shown;
    /** Where the row shown at the top moved to since the last layout, or -1; and how far it was scrolled. */
    private int anchor = -1;
    private double anchorOffset;

    ShownTableSkin(TableView<S> table, ObservableBooleanValue shown) {
        super(table);
        this.shown = Objects.requireNonNull(shown, "shown");
        registerChangeListener(shown, ignored -> {
            if (shown.get()) {
                table.requestLayout();
            }
        });
        registerListChangeListener(table.getItems(), this::follow);
    }

    /** Follows the top row through a change of the items (the flow still shows them as they were). */
    private void follow(ListChangeListener.Change<?> change) {
        if (anchor < 0) {
            IndexedCell<?> top = getVirtualFlow().getFirstVisibleCell();
            if (top == null || top.getIndex() < 0 || (top.getIndex() == 0 && top.getLayoutY() >= 0)) {
                return;
            }
            anchor = top.getIndex();
            anchorOffset = top.getLayoutY();
        }
        while (change.next()) {
            int from = change.getFrom();
            if (change.wasPermutated()) {
                anchor = anchor >= from && anchor < change.getTo() ? change.getPermutation(anchor) : anchor;
            } else if (!change.wasUpdated()) {
                if (anchor >= from + change.getRemovedSize()) {
                    anchor -= change.getRemovedSize();
                } else if (anchor >= from) {
                    anchor = from; // the top row went: the one after it takes its place
                }
                anchor += anchor >= from ? change.getAddedSize() : 0;
            }
        }
    }

    @Override
    protected VirtualFlow<TableRow<S>> createVirtualFlow() {
        return new CountingFlow<>();
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        if (shown.get()) {
            super.layoutChildren(x, y, w, h);
        }
    }

    @Override
    protected void updateItemCount() {
        CountingFlow<?> flow = (CountingFlow<?>) getVirtualFlow();
        flow.countChanging = true;
        try {
            super.updateItemCount();
        } finally {
            flow.countChanging = false;
        }
        if (anchor >= 0 && getItemCount() > 0) {
            flow.scrollToTop(Math.min(anchor, getItemCount() - 1));
            flow.scrollPixels(-anchorOffset);
        }
        anchor = -1;
    }

    /** A flow that, while its cell count is being set, asks for a layout instead of doing one. */
    private static final class CountingFlow<I extends IndexedCell<?>> extends VirtualFlow<I> {

        private static final Object STYLED = new Object();
        private boolean countChanging;

        @Override
        protected void setCellIndex(I cell, int index) {
            if (cell.getProperties().containsKey(STYLED)) {
                boolean selected = cell.isSelected();
                boolean focused = cell.isFocused();
                boolean empty = cell.isEmpty();
                cell.updateIndex(index);
                if (cell.isSelected() != selected || cell.isFocused() != focused || cell.isEmpty() != empty) {
                    cell.applyCss();
                }
                return;
            }
            super.setCellIndex(cell, index);
            if (cell.getScene() != null) {
                cell.getProperties().put(STYLED, Boolean.TRUE);
            }
        }

        @Override
        protected void layoutChildren() {
            if (countChanging) {
                requestLayout();
                return;
            }
            super.layoutChildren();
        }
    }
}
