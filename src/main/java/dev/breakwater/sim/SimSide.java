package dev.breakwater.sim;

/** Order side, spelled as on Alpaca's wire. */
public enum SimSide {
    BUY("buy"),
    SELL("sell");

    private final String wire;

    SimSide(String wire) {
        this.wire = wire;
    }

    /** The JSON spelling. */
    public String wire() {
        return wire;
    }

    /** The other side: exits of a bracket trade against the entry. */
    public SimSide opposite() {
        return this == BUY ? SELL : BUY;
    }

    /** The side for a wire string, or {@code null} when the string is not a known side. */
    public static SimSide fromWire(String text) {
        for (SimSide side : values()) {
            if (side.wire.equals(text)) {
                return side;
            }
        }
        return null;
    }
}
