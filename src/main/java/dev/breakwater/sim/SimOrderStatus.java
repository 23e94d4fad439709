package dev.breakwater.sim;

/**
 * Every order status of Alpaca's enum. The simulator itself produces {@code new}, {@code held} (bracket
 * and OTO exits waiting for their entry), {@code partially_filled}, {@code filled}, {@code canceled},
 * {@code expired}, {@code replaced} and {@code rejected}; the other values exist so a fault-injecting
 * server can put an order into them.
 */
public enum SimOrderStatus {
    NEW("new", true),
    PARTIALLY_FILLED("partially_filled", true),
    FILLED("filled", false),
    DONE_FOR_DAY("done_for_day", true),
    CANCELED("canceled", false),
    EXPIRED("expired", false),
    REPLACED("replaced", false),
    PENDING_CANCEL("pending_cancel", true),
    PENDING_REPLACE("pending_replace", true),
    ACCEPTED("accepted", true),
    PENDING_NEW("pending_new", true),
    ACCEPTED_FOR_BIDDING("accepted_for_bidding", true),
    STOPPED("stopped", true),
    REJECTED("rejected", false),
    SUSPENDED("suspended", true),
    CALCULATED("calculated", true),
    HELD("held", true);

    private final String wire;
    private final boolean open;

    SimOrderStatus(String wire, boolean open) {
        this.wire = wire;
        this.open = open;
    }

    /** The JSON spelling. */
    public String wire() {
        return wire;
    }

    /**
     * Whether the order still counts as open ({@code GET /v2/orders?status=open}) and may be canceled or
     * replaced. Filled, canceled, expired, replaced and rejected orders are closed for good.
     */
    public boolean isOpen() {
        return open;
    }

    /** The status for a wire string, or {@code null} when the string is not a known status. */
    public static SimOrderStatus fromWire(String text) {
        for (SimOrderStatus status : values()) {
            if (status.wire.equals(text)) {
                return status;
            }
        }
        return null;
    }
}
