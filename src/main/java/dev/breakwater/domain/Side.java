package dev.breakwater.domain;

/** Order side. */
public enum Side implements WireValue {
    BUY("buy"),
    SELL("sell"),
    /** A value this version does not know; kept rather than rejected. */
    UNKNOWN("unknown");

    private final String wire;

    Side(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }

    /** Parses a wire string; unknown or missing values become {@link #UNKNOWN}. */
    public static Side fromWire(String text) {
        return WireValue.parse(Side.class, text, UNKNOWN);
    }
}
