package dev.breakwater.broker.alpaca;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The strings of fields that repeat from frame to frame (an account trades a few symbols: their asset ids
 * and classes, and the event names), made once and handed out again: two of every five strings a
 * {@code trade_updates} frame made were such repeats, a fifth of {@code bench stream}'s allocation, and
 * every order the live model holds kept its own copies.
 *
 * <p>A small table indexed by a hash of the bytes, one entry per slot, the newer text taking the slot of
 * a colliding one. Entries are immutable, so threads reading and replacing them at once each see a whole
 * entry; at worst a string is made twice.
 */
final class SharedTexts {

    private static final int SLOTS = 1024;

    private final Entry[] entries = new Entry[SLOTS];

    /** The ASCII text {@code bytes[start, end)}, the same instance as last time where the table still has it. */
    String text(byte[] bytes, int start, int end) {
        int hash = 0;
        for (int i = start; i < end; i++) {
            hash = 31 * hash + bytes[i];
        }
        int slot = (hash ^ (hash >>> 16)) & (SLOTS - 1);
        Entry entry = entries[slot];
        if (entry != null && Arrays.equals(entry.bytes, 0, entry.bytes.length, bytes, start, end)) {
            return entry.text;
        }
        String text = new String(bytes, start, end - start, StandardCharsets.ISO_8859_1);
        entries[slot] = new Entry(Arrays.copyOfRange(bytes, start, end), text);
        return text;
    }

    private record Entry(byte[] bytes, String text) {
    }
}
