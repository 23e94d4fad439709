package dev.breakwater.sim;

/**
 * Order class. A simple order is written as {@code ""} on the wire, as Alpaca does; requests may say
 * {@code "simple"} or {@code ""} or leave the field out.
 */
public enum SimOrderClass {
    SIMPLE(""),
    BRACKET("bracket"),
    OCO("oco"),
    OTO("oto");

    private final String wire;

    SimOrderClass(String wire) {
        this.wire = wire;
    }

    /** The JSON spelling as Alpaca writes it in an Order ({@code ""} for simple). */
    public String wire() {
        return wire;
    }

    /** The class for a request string ({@code "simple"} and {@code ""} both mean simple), or {@code null}. */
    public static SimOrderClass fromWire(String text) {
        if ("simple".equals(text)) {
            return SIMPLE;
        }
        for (SimOrderClass orderClass : values()) {
            if (orderClass.wire.equals(text)) {
                return orderClass;
            }
        }
        return null;
    }
}
