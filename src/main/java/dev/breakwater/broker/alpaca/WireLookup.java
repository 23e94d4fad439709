package dev.breakwater.broker.alpaca;

import dev.breakwater.domain.WireValue;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A {@link WireValue} enum read from its wire string as the enum's own {@code fromWire} reads it, with
 * the exact wire strings answered from a map: {@code fromWire} trims, lower-cases and scans the constants
 * (a copied array) per call, five times per {@code trade_updates} frame, visible in a JFR profile of
 * {@code bench stream}. Only strings that {@code fromWire} itself maps to a constant are in the map, so
 * every answer is the one {@code fromWire} gives.
 */
final class WireLookup<E extends Enum<E> & WireValue> {

    private final Map<String, E> exact = new HashMap<>();
    private final Function<String, E> fromWire;
    private final E absent;

    WireLookup(Class<E> type, Function<String, E> fromWire) {
        this.fromWire = fromWire;
        this.absent = fromWire.apply(null);
        for (E constant : type.getEnumConstants()) {
            if (fromWire.apply(constant.wire()) == constant) {
                exact.put(constant.wire(), constant);
            }
        }
    }

    /** {@code fromWire(text)}; null gives the enum's value for a missing field. */
    E read(String text) {
        if (text == null) {
            return absent;
        }
        E constant = exact.get(text);
        return constant != null ? constant : fromWire.apply(text);
    }
}
