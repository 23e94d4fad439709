package dev.breakwater.sim;

/** The {@code event} of a {@code trade_updates} message: the 16 types Alpaca documents. */
public enum SimEventType {
    NEW("new"),
    FILL("fill"),
    PARTIAL_FILL("partial_fill"),
    CANCELED("canceled"),
    EXPIRED("expired"),
    DONE_FOR_DAY("done_for_day"),
    REPLACED("replaced"),
    REJECTED("rejected"),
    PENDING_NEW("pending_new"),
    STOPPED("stopped"),
    PENDING_CANCEL("pending_cancel"),
    PENDING_REPLACE("pending_replace"),
    CALCULATED("calculated"),
    SUSPENDED("suspended"),
    ORDER_REPLACE_REJECTED("order_replace_rejected"),
    ORDER_CANCEL_REJECTED("order_cancel_rejected");

    private final String wire;

    SimEventType(String wire) {
        this.wire = wire;
    }

    /** The JSON spelling. */
    public String wire() {
        return wire;
    }

    /** Whether the event reports an execution (and so carries execution id, price, qty, position qty). */
    public boolean isExecution() {
        return this == FILL || this == PARTIAL_FILL;
    }
}
