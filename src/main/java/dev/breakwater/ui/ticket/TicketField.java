package dev.breakwater.ui.ticket;

/**
 * The ticket's fields that can carry an error. Every {@link dev.breakwater.domain.Violation} lands on
 * exactly one of them, so no reason is ever lost: the ones about the order as a whole go to {@link #TYPE}.
 */
public enum TicketField {
    SYMBOL,
    QTY,
    NOTIONAL,
    /** The order type, and whatever concerns the order as a whole (side, class, extended hours). */
    TYPE,
    TIF,
    LIMIT,
    STOP,
    /** Trail price and trail percent. */
    TRAIL,
    TAKE_PROFIT,
    /** Stop-loss stop price and its optional limit price. */
    STOP_LOSS;

    /** The field of a violation named the way {@link dev.breakwater.domain.OrderValidator} names it. */
    static TicketField ofViolation(String field) {
        if (field == null) {
            return TYPE;
        }
        if (field.startsWith("take_profit")) {
            return TAKE_PROFIT;
        }
        if (field.startsWith("stop_loss")) {
            return STOP_LOSS;
        }
        return switch (field) {
            case "symbol" -> SYMBOL;
            case "qty" -> QTY;
            case "notional" -> NOTIONAL;
            case "time_in_force" -> TIF;
            case "limit_price" -> LIMIT;
            case "stop_price" -> STOP;
            case "trail_price", "trail_percent" -> TRAIL;
            default -> TYPE;
        };
    }
}
