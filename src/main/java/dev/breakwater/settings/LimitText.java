package dev.breakwater.settings;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * A precaution limit as text: a positive decimal with a dot, or empty for "off". One rule for the settings
 * file and the settings screen, so a value the screen accepts always loads again.
 */
public final class LimitText {

    /** Why a value is refused: said at the field and in the file's error. */
    public static final String RULE = "a positive number like 1000 or 2.5, or empty for off";

    // No sign, exponent or grouping: "1,000" means a thousand to some traders and one to others.
    private static final Pattern DECIMAL = Pattern.compile("\\d+(\\.\\d*)?|\\.\\d+");

    private LimitText() {
    }

    /**
     * @return the limit, or null for blank text (off)
     * @throws IllegalArgumentException saying {@link #RULE}
     */
    public static BigDecimal parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.trim();
        if (!DECIMAL.matcher(trimmed).matches()) {
            throw new IllegalArgumentException("'" + trimmed + "' is not " + RULE);
        }
        BigDecimal value = new BigDecimal(trimmed);
        if (value.signum() <= 0) {
            throw new IllegalArgumentException("'" + trimmed + "' is not " + RULE);
        }
        return value;
    }

    /** The text {@link #parse} reads back: plain digits, no trailing zeros; empty for null. */
    public static String format(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
