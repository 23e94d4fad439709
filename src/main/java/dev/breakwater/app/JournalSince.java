package dev.breakwater.app;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --since}: an ISO instant ({@code 2026-03-02T14:30:00Z}), an ISO date (its start in UTC, like every
 * time the journal commands print), or an age ({@code 90s}, {@code 30m}, {@code 2h}, {@code 3d}) counted
 * back from now. An age is kept as such and turned into an instant only when the command runs, on the
 * command's clock.
 */
record JournalSince(Instant at, Duration ago) {

    static final String HELP = "ISO instant (2026-03-02T14:30:00Z), ISO date (from its start, UTC) or an age"
            + " such as 90s, 30m, 2h, 3d";

    private static final Pattern AGE = Pattern.compile("(\\d{1,9})([smhd])");

    /** The instant meant, {@code clock}'s now minus the age for an age. */
    Instant resolve(Clock clock) {
        return at != null ? at : clock.instant().minus(ago);
    }

    /** For picocli: a bad value is a usage error naming the option and the forms accepted. */
    static final class Converter implements ITypeConverter<JournalSince> {
        @Override
        public JournalSince convert(String value) {
            String text = value.trim();
            Matcher age = AGE.matcher(text.toLowerCase(Locale.ROOT));
            if (age.matches()) {
                long amount = Long.parseLong(age.group(1));
                Duration ago = switch (age.group(2)) {
                    case "s" -> Duration.ofSeconds(amount);
                    case "m" -> Duration.ofMinutes(amount);
                    case "h" -> Duration.ofHours(amount);
                    default -> Duration.ofDays(amount);
                };
                return new JournalSince(null, ago);
            }
            try {
                return new JournalSince(text.contains("T") ? Instant.parse(text)
                        : LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant(), null);
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("'" + value + "' is not a time: use an " + HELP);
            }
        }
    }
}
