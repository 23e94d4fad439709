package dev.breakwater.ui.blotter;

import atlantafx.base.theme.Styles;
import dev.breakwater.domain.OrderStatus;
import dev.breakwater.domain.Side;

/**
 * The colour a status or side is shown with, named like AtlantaFX's style classes (the blotter's cells
 * carry it as a pseudo-class, see {@code OrderTable.StyledCell}), so dark and light themes both colour them:
 * working = accent, partially filled and pending = warning, filled = success, done = muted, rejected =
 * danger. A status this version does not know is a warning: someone should look at it.
 */
final class StatusStyles {

    private StatusStyles() {
    }

    static String of(OrderStatus status) {
        if (status == null) {
            return Styles.TEXT_MUTED;
        }
        return switch (status) {
            case NEW, ACCEPTED, ACCEPTED_FOR_BIDDING, HELD, CALCULATED, DONE_FOR_DAY -> Styles.ACCENT;
            case PARTIALLY_FILLED, PENDING_NEW, PENDING_CANCEL, PENDING_REPLACE, STOPPED, SUSPENDED, UNKNOWN ->
                    Styles.WARNING;
            case FILLED -> Styles.SUCCESS;
            case CANCELED, EXPIRED, REPLACED -> Styles.TEXT_MUTED;
            case REJECTED -> Styles.DANGER;
        };
    }

    static String of(Side side) {
        return side == Side.BUY ? Styles.SUCCESS : side == Side.SELL ? Styles.DANGER : Styles.TEXT_MUTED;
    }

    /** "partially filled" rather than "partially_filled". */
    static String text(OrderStatus status) {
        return status == null ? "" : status.wire().replace('_', ' ');
    }
}
