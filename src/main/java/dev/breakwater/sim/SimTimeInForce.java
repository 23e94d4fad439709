package dev.breakwater.sim;

/** Time in force, spelled as on Alpaca's wire. */
public enum SimTimeInForce {
    DAY("day"),
    GTC("gtc"),
    OPG("opg"),
    CLS("cls"),
    IOC("ioc"),
    FOK("fok");

    private final String wire;

    SimTimeInForce(String wire) {
        this.wire = wire;
    }

    /** The JSON spelling. */
    public String wire() {
        return wire;
    }

    /** Whether the order waits for the simulated auction (the next tick) instead of matching at once. */
    public boolean isAuction() {
        return this == OPG || this == CLS;
    }

    /** The time in force for a wire string, or {@code null} when the string is not known. */
    public static SimTimeInForce fromWire(String text) {
        for (SimTimeInForce tif : values()) {
            if (tif.wire.equals(text)) {
                return tif;
            }
        }
        return null;
    }
}
