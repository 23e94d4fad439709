package dev.breakwater.sim;

/** Order type, spelled as on Alpaca's wire (also written as the deprecated {@code order_type}). */
public enum SimOrderType {
    MARKET("market"),
    LIMIT("limit"),
    STOP("stop"),
    STOP_LIMIT("stop_limit"),
    TRAILING_STOP("trailing_stop");

    private final String wire;

    SimOrderType(String wire) {
        this.wire = wire;
    }

    /** The JSON spelling. */
    public String wire() {
        return wire;
    }

    /** Whether the type carries a {@code limit_price}. */
    public boolean hasLimitPrice() {
        return this == LIMIT || this == STOP_LIMIT;
    }

    /** Whether the type carries a {@code stop_price} given by the client. */
    public boolean hasStopPrice() {
        return this == STOP || this == STOP_LIMIT;
    }

    /** The type for a wire string, or {@code null} when the string is not a known type. */
    public static SimOrderType fromWire(String text) {
        for (SimOrderType type : values()) {
            if (type.wire.equals(text)) {
                return type;
            }
        }
        return null;
    }
}
