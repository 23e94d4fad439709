package dev.breakwater.domain;

/** Alpaca order types. */
public enum OrderType implements WireValue {
    MARKET("market"),
    LIMIT("limit"),
    STOP("stop"),
    STOP_LIMIT("stop_limit"),
    TRAILING_STOP("trailing_stop"),
    /** A value this version does not know; kept rather than rejected. */
    UNKNOWN("unknown");

    private final String wire;

    OrderType(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }

    /** Parses a wire string; unknown or missing values become {@link #UNKNOWN}. */
    public static OrderType fromWire(String text) {
        return WireValue.parse(OrderType.class, text, UNKNOWN);
    }
}
