package dev.breakwater.ui.health;

import dev.breakwater.broker.EndpointGroup;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.OptionalDouble;

/** The panel's number and time formats, in one place so tiles, banner and log read alike. */
final class HealthFormat {

    static final String NOT_AVAILABLE = "n/a";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);

    private HealthFormat() {
    }

    static String percent(OptionalDouble value) {
        return value.isEmpty() ? NOT_AVAILABLE : String.format(Locale.ROOT, "%.1f %%", value.getAsDouble());
    }

    static String rate(double perSecond) {
        return String.format(Locale.ROOT, "%.1f", perSecond);
    }

    /** "–" before the first call, else "87 ms" or "1.25 s". */
    static String latency(Duration value, long count) {
        if (count == 0 || value == null) {
            return "–";
        }
        long millis = value.toMillis();
        return millis < 1000 ? millis + " ms" : String.format(Locale.ROOT, "%.2f s", millis / 1000.0);
    }

    /** Whole seconds left, rounded up (a countdown never reads 0 while time remains), never negative. */
    static long secondsLeft(Duration remaining) {
        if (remaining.isNegative() || remaining.isZero()) {
            return 0;
        }
        return (remaining.toMillis() + 999) / 1000;
    }

    /** "12 s", "3 min 5 s", "2 h 3 min": an age or a time in a state. */
    static String span(Duration value) {
        long seconds = Math.max(0, value.getSeconds());
        if (seconds < 60) {
            return seconds + " s";
        }
        if (seconds < 3600) {
            return seconds / 60 + " min " + seconds % 60 + " s";
        }
        return seconds / 3600 + " h " + seconds % 3600 / 60 + " min";
    }

    static String time(Instant instant, ZoneId zone) {
        return TIME.format(instant.atZone(zone));
    }

    /** "Orders", "Reads", "Stream". */
    static String title(EndpointGroup group) {
        String name = group.breakerName();
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** A state name for people: HALF_OPEN reads "HALF OPEN". */
    static String label(Enum<?> value) {
        return value.name().replace('_', ' ');
    }
}
