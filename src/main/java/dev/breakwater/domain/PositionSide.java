package dev.breakwater.domain;

/** Side of a position: long, or short (negative quantity). */
public enum PositionSide implements WireValue {
    LONG("long"),
    SHORT("short"),
    /** A value this version does not know; kept rather than rejected. */
    UNKNOWN("unknown");

    private final String wire;

    PositionSide(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }

    /** Parses a wire string; unknown or missing values become {@link #UNKNOWN}. */
    public static PositionSide fromWire(String text) {
        return WireValue.parse(PositionSide.class, text, UNKNOWN);
    }
}
