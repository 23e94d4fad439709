package dev.breakwater.domain;

/** Alpaca order classes. Alpaca answers {@code ""} for simple orders, which parses as {@link #SIMPLE}. */
public enum OrderClass implements WireValue {
    SIMPLE("simple"),
    BRACKET("bracket"),
    OCO("oco"),
    OTO("oto"),
    MLEG("mleg"),
    /** A value this version does not know; kept rather than rejected. */
    UNKNOWN("unknown");

    private final String wire;

    OrderClass(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }

    /** Parses a wire string; {@code ""} and missing mean simple, anything unrecognised is {@link #UNKNOWN}. */
    public static OrderClass fromWire(String text) {
        if (text == null || text.isBlank()) {
            return SIMPLE;
        }
        return WireValue.parse(OrderClass.class, text, UNKNOWN);
    }
}
