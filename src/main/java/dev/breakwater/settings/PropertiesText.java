package dev.breakwater.settings;

import java.util.Map;

/**
 * Writes {@code key=value} lines that {@link java.util.Properties#load} reads back exactly, in pure ASCII
 * (anything else as {@code \}{@code uXXXX}), so the file loads the same whichever charset a tool assumes.
 * {@link java.util.Properties#store} would do the escaping too, but it adds a timestamp line and writes
 * keys in hash order; a settings file people diff and edit wants a stable order and no noise.
 */
final class PropertiesText {

    private PropertiesText() {
    }

    static String lines(Map<String, String> values) {
        StringBuilder out = new StringBuilder();
        values.forEach((key, value) -> out.append(escape(key, true)).append('=').append(escape(value, false))
                .append('\n'));
        return out.toString();
    }

    static String escape(String text, boolean key) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\f' -> out.append("\\f");
                case '=', ':', '#', '!' -> out.append('\\').append(c);
                case ' ' -> out.append(key || i == 0 ? "\\ " : " ");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        out.append(String.format("\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
