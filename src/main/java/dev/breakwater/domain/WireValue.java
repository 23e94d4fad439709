package dev.breakwater.domain;

import java.util.Locale;

/**
 * An enum whose constants travel as Alpaca's lower-case wire strings.
 *
 * <p>Every such enum has an {@code UNKNOWN} constant: Alpaca adds values over time ({@code held} arrived
 * after the docs listed 16 statuses), and a value we have never seen must be kept visible, not crash the
 * parser or be dropped.
 */
public interface WireValue {

    /** The string Alpaca uses for this value on the wire. */
    String wire();

    /** Finds the constant whose wire string is {@code text}, or {@code unknown} when there is none. */
    static <E extends Enum<E> & WireValue> E parse(Class<E> type, String text, E unknown) {
        if (text == null) {
            return unknown;
        }
        String wanted = text.trim().toLowerCase(Locale.ROOT);
        for (E constant : type.getEnumConstants()) {
            if (constant != unknown && constant.wire().equals(wanted)) {
                return constant;
            }
        }
        return unknown;
    }
}
