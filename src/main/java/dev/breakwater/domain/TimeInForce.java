package dev.breakwater.domain;

/** Alpaca time-in-force values. */
public enum TimeInForce implements WireValue {
    DAY("day"),
    GTC("gtc"),
    OPG("opg"),
    CLS("cls"),
    IOC("ioc"),
    FOK("fok"),
    /** A value this version does not know; kept rather than rejected. */
    UNKNOWN("unknown");

    private final String wire;

    TimeInForce(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }

    /** Parses a wire string; unknown or missing values become {@link #UNKNOWN}. */
    public static TimeInForce fromWire(String text) {
        return WireValue.parse(TimeInForce.class, text, UNKNOWN);
    }
}
