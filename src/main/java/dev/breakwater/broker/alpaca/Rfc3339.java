package dev.breakwater.broker.alpaca;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * RFC 3339 times as Alpaca sends them ({@code 2026-03-02T14:30:00.123456789Z}, {@code ...-04:00}), read
 * by hand: {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME} spent most of a {@code trade_updates} decode in
 * a JFR profile of {@code bench stream} (its field maps and resolver), for six times per frame.
 *
 * <p>Only one shape is read here: {@code yyyy-MM-dd'T'HH:mm:ss}, an optional {@code .} with 1 to 9
 * fraction digits, then {@code Z} or {@code ±HH:MM} ({@code T} and {@code Z} in either case, as the ISO
 * formatter accepts them). Anything else, and any field out of range, is left to
 * {@link OffsetDateTime#parse(CharSequence)}, so exactly the texts accepted before are accepted, with the
 * same values and offsets, and a rejected text fails with the same exception.
 */
final class Rfc3339 {

    private static final int[] FRACTION_SCALE = {0, 100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000,
        100, 10, 1};
    /**
     * The offsets of whole quarter hours, -18:00 to +18:00: {@link ZoneOffset#ofTotalSeconds} looks them up
     * in a map keyed by boxed seconds, six times per {@code trade_updates} frame (JFR profile of
     * {@code bench stream}). Filled from that method, so the instances are the ones it returns.
     */
    private static final ZoneOffset[] QUARTER_HOURS = new ZoneOffset[18 * 4 * 2 + 1];
    private static LastDate lastDate = new LastDate(1970, 1, 1, LocalDate.EPOCH);

    static {
        for (int i = 0; i < QUARTER_HOURS.length; i++) {
            QUARTER_HOURS[i] = ZoneOffset.ofTotalSeconds((i - 18 * 4) * 900);
        }
    }

    private Rfc3339() {
    }

    /** Parses {@code text} as {@link OffsetDateTime#parse(CharSequence)} does, fast for the usual shape. */
    static OffsetDateTime parse(String text) {
        OffsetDateTime fast = tryParse(text);
        return fast != null ? fast : OffsetDateTime.parse(text);
    }

    /**
     * The time, or null when {@code text} is not of the one shape read here or has a field out of range;
     * the caller then hands it to the general parser, which accepts it or reports the error.
     */
    static OffsetDateTime tryParse(CharSequence text) {
        int length = text.length();
        if (length < 20 || text.charAt(4) != '-' || text.charAt(7) != '-' || (text.charAt(10) | 0x20) != 't'
                || text.charAt(13) != ':' || text.charAt(16) != ':') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = digits(text, 17, 2);
        if ((year | month | day | hour | minute | second) < 0) {
            return null;
        }
        int at = 19;
        int nanos = 0;
        if (text.charAt(at) == '.') {
            int start = ++at;
            while (at < length && isDigit(text.charAt(at))) {
                at++;
            }
            int count = at - start;
            if (count < 1 || count > 9) {
                return null;
            }
            nanos = digits(text, start, count) * FRACTION_SCALE[count];
        }
        ZoneOffset offset = offset(text, at);
        if (offset == null) {
            return null;
        }
        try {
            return OffsetDateTime.of(LocalDateTime.of(date(year, month, day), LocalTime.of(hour, minute, second,
                    nanos)), offset);
        } catch (DateTimeException outOfRange) {
            return null; // e.g. 2026-02-30 or hour 24: the general parser reports it as it always did
        }
    }

    /**
     * {@link LocalDate#of}, reusing the date read last: a stream's times nearly all fall on one day, and the
     * validation of a new date was a visible part of {@code bench stream}'s profile. The holder is immutable,
     * so threads racing on the field each see a whole one.
     */
    private static LocalDate date(int year, int month, int day) {
        LastDate last = lastDate;
        if (last.year == year && last.month == month && last.day == day) {
            return last.date;
        }
        LocalDate date = LocalDate.of(year, month, day);
        lastDate = new LastDate(year, month, day, date);
        return date;
    }

    private record LastDate(int year, int month, int day, LocalDate date) {
    }

    /** {@code Z}, {@code z} or {@code ±HH:MM} ending the text at {@code at}, or null. */
    private static ZoneOffset offset(CharSequence text, int at) {
        int left = text.length() - at;
        if (left == 1) {
            return (text.charAt(at) | 0x20) == 'z' ? ZoneOffset.UTC : null;
        }
        char sign = left == 6 ? text.charAt(at) : 0;
        if ((sign != '+' && sign != '-') || text.charAt(at + 3) != ':') {
            return null;
        }
        int hours = digits(text, at + 1, 2);
        int minutes = digits(text, at + 4, 2);
        if (hours < 0 || minutes < 0 || hours > 18 || minutes > 59 || (hours == 18 && minutes > 0)) {
            return null;
        }
        int seconds = hours * 3600 + minutes * 60;
        if (sign == '-') {
            seconds = -seconds;
        }
        return seconds % 900 == 0 ? QUARTER_HOURS[seconds / 900 + 18 * 4] : ZoneOffset.ofTotalSeconds(seconds);
    }

    /** The decimal value of {@code count} ASCII digits at {@code start}, or -1 if one is not a digit. */
    private static int digits(CharSequence text, int start, int count) {
        int value = 0;
        for (int i = start; i < start + count; i++) {
            char c = text.charAt(i);
            if (!isDigit(c)) {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
