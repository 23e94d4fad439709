package dev.breakwater.broker.alpaca;

import dev.breakwater.domain.WireValue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * A {@link WireValue} enum read from its wire string as the enum's own {@code fromWire} reads it, with
 * the exact wire strings matched first: {@code fromWire} trims, lower-cases and scans the constants (a
 * copied array) per call, five times per {@code trade_updates} frame, visible in a JFR profile of
 * {@code bench stream}. Only strings that {@code fromWire} itself maps to a constant are matched here, so
 * every answer is the one {@code fromWire} gives.
 */
final class WireLookup<E extends Enum<E> & WireValue> {

    private final Function<String, E> fromWire;
    private final E absent;
    /** The exact wire strings, as strings and as ASCII bytes, and their constants at the same positions. */
    private final String[] wires;
    private final byte[][] wireBytes;
    private final List<E> constants = new ArrayList<>();

    WireLookup(Class<E> type, Function<String, E> fromWire) {
        this.fromWire = fromWire;
        this.absent = fromWire.apply(null);
        for (E constant : type.getEnumConstants()) {
            if (fromWire.apply(constant.wire()) == constant) {
                constants.add(constant);
            }
        }
        wires = new String[constants.size()];
        wireBytes = new byte[constants.size()][];
        for (int i = 0; i < wires.length; i++) {
            wires[i] = constants.get(i).wire();
            wireBytes[i] = wires[i].getBytes(StandardCharsets.US_ASCII);
        }
    }

    /** {@code fromWire(text)}; null gives the enum's value for a missing field. */
    E read(String text) {
        if (text == null) {
            return absent;
        }
        for (int i = 0; i < wires.length; i++) {
            if (wires[i].equals(text)) {
                return constants.get(i);
            }
        }
        return fromWire.apply(text);
    }

    /** {@code fromWire} of the ASCII text {@code bytes[start, end)}, making no string when it is exact. */
    E read(byte[] bytes, int start, int end) {
        for (int i = 0; i < wireBytes.length; i++) {
            if (Arrays.equals(bytes, start, end, wireBytes[i], 0, wireBytes[i].length)) {
                return constants.get(i);
            }
        }
        return fromWire.apply(new String(bytes, start, end - start, StandardCharsets.ISO_8859_1));
    }
}
