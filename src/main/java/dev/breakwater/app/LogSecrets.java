package dev.breakwater.app;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Defence in depth for the rule that API keys never reach a log: the code never logs them, and every line
 * Logback writes in production still passes through {@link #mask} ({@link MaskingConverter}). It replaces
 * each registered key and the value of anything shaped like an Alpaca key header, variable or settings
 * key ({@code APCA-API-SECRET-KEY: …}, {@code APCA_API_SECRET_KEY=…}, {@code alpaca.secret_key=…}) with
 * {@code ****}.
 *
 * <p>Process-wide because Logback creates the converter itself. Keys are registered where they enter the
 * process: the configuration resolved at start-up, the console's target, the soak's broker.
 */
final class LogSecrets {

    static final String MASK = "****";
    /**
     * Shorter values are not registered: masking every "abc" in every line would garble the logs, and no
     * Alpaca key is that short (key ids have 20 characters, secrets 40).
     */
    static final int MIN_LENGTH = 8;

    private static final Pattern SHAPED = Pattern.compile(
            "(?i)((?:APCA[-_]API[-_](?:SECRET[-_]KEY|KEY[-_]ID))|alpaca\\.(?:secret_key|key_id))"
                    + "(\"?\\s*[:=]\\s*\"?)([^\\s\",;&}\\]]+)");
    /** Longest first, so that a key containing another is masked whole; replaced whole, never edited in place. */
    private static volatile List<String> secrets = List.of();

    private LogSecrets() {
    }

    /** Registers values to mask from now on; null, blank and short values are ignored. */
    static void register(String... values) {
        for (String value : values) {
            if (value != null && value.strip().length() >= MIN_LENGTH) {
                addSorted(value.strip());
            }
        }
    }

    private static synchronized void addSorted(String value) {
        if (!secrets.contains(value)) {
            List<String> sorted = new ArrayList<>(secrets);
            sorted.add(value);
            sorted.sort(Comparator.comparingInt(String::length).reversed());
            secrets = List.copyOf(sorted);
        }
    }

    /** {@code text} with every registered key and every key-shaped assignment masked. */
    static String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String masked = text;
        for (String secret : secrets) {
            masked = masked.replace(secret, MASK);
        }
        Matcher matcher = SHAPED.matcher(masked);
        return matcher.find() ? matcher.replaceAll("$1$2" + Matcher.quoteReplacement(MASK)) : masked;
    }
}
