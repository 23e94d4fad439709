package dev.breakwater.domain;

/** The 17 order statuses Alpaca documents (the lifecycle's 16 plus {@code held}). */
public enum OrderStatus implements WireValue {
    NEW("new"),
    PARTIALLY_FILLED("partially_filled"),
    FILLED("filled"),
    DONE_FOR_DAY("done_for_day"),
    CANCELED("canceled"),
    EXPIRED("expired"),
    REPLACED("replaced"),
    PENDING_CANCEL("pending_cancel"),
    PENDING_REPLACE("pending_replace"),
    ACCEPTED("accepted"),
    PENDING_NEW("pending_new"),
    ACCEPTED_FOR_BIDDING("accepted_for_bidding"),
    STOPPED("stopped"),
    REJECTED("rejected"),
    SUSPENDED("suspended"),
    CALCULATED("calculated"),
    HELD("held"),
    /** A value this version does not know; kept rather than rejected. */
    UNKNOWN("unknown");

    private final String wire;

    OrderStatus(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }

    /**
     * True when the order can no longer change: filled, canceled, expired, replaced or rejected. Done for
     * the day and calculated are not final: a multi-day order can go on trading tomorrow.
     */
    public boolean isFinal() {
        return switch (this) {
            case FILLED, CANCELED, EXPIRED, REPLACED, REJECTED -> true;
            default -> false;
        };
    }

    /** Parses a wire string; unknown or missing values become {@link #UNKNOWN}. */
    public static OrderStatus fromWire(String text) {
        return WireValue.parse(OrderStatus.class, text, UNKNOWN);
    }
}
