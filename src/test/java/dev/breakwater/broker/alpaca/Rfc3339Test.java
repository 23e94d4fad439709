package dev.breakwater.broker.alpaca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** {@link Rfc3339} must read exactly what {@link OffsetDateTime#parse(CharSequence)} reads, to the same value. */
class Rfc3339Test {

    @ParameterizedTest
    @ValueSource(strings = {
        "2026-03-02T14:30:00.123456789Z", "2026-03-02T14:30:00Z", "2026-03-02T14:30:00.1Z",
        "2026-03-02T14:30:00.12Z", "2026-03-02T14:30:00.000000000Z", "2026-03-02T10:30:00.123456-04:00",
        "2026-03-02T14:30:00+00:00", "2026-03-02T14:30:00-00:00", "2026-03-02T19:15:00+05:30",
        "2026-03-02t14:30:00z", "2026-03-02T14:30:00.5z", "2024-02-29T23:59:59.999999999+18:00",
        "2024-12-31T23:59:59-18:00", "0000-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999Z",
        "2026-01-31T00:00:00.010Z"})
    void readsTheUsualShapesFastAndToTheSameValueAsTheJdk(String text) {
        OffsetDateTime fast = Rfc3339.tryParse(text);

        assertThat(fast).as("read by the fast path").isNotNull();
        OffsetDateTime jdk = OffsetDateTime.parse(text);
        assertThat(fast).isEqualTo(jdk);
        assertThat(fast.getOffset()).isSameAs(jdk.getOffset());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "2026-03-02T14:30Z", "2026-03-02T14:30:00.Z", "2026-03-02T14:30:00.1234567891Z",
        "2026-03-02T14:30:00+0000", "2026-03-02T14:30:00+00", "2026-03-02T14:30:00+00:00:00",
        "+12026-03-02T14:30:00Z", "2026-03-02 14:30:00Z", " 2026-03-02T14:30:00Z", "2026-03-02T14:30:00Z ",
        "2026-02-29T00:00:00Z", "2026-02-30T00:00:00Z", "2026-04-31T00:00:00Z", "2026-13-01T00:00:00Z",
        "2026-00-10T00:00:00Z", "2026-01-00T00:00:00Z", "2026-03-02T24:00:00Z", "2026-03-02T23:60:00Z",
        "2026-03-02T23:59:60Z", "2026-03-02T14:30:00+18:01", "2026-03-02T14:30:00+19:00",
        "2026-03-02T14:30:00+05:60", "2026-03-02T14:30:00", "2026-03-02T14:30:00X", "2026-03-02T14:30:00.12a4Z",
        "2026-3-02T14:30:00Z", "2026-03-02T14:30:00UTC", "", "garbage", "2026-03-02T14:30:00.123456789+01:00Z",
        "２０２６-03-02T14:30:00Z"})
    void leavesEveryOtherTextToTheJdkWhichDecidesAsBefore(String text) {
        assertThat(Rfc3339.tryParse(text)).isNull();
        assertSameAsJdk(text);
    }

    @Test
    void rejectsGarbageWithTheJdksException() {
        assertThatThrownBy(() -> Rfc3339.parse("2026-02-30T00:00:00Z")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> Rfc3339.parse("not a time")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> Rfc3339.parse(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void agreesWithTheJdkOnRandomTimesAndMutationsOfThem() {
        SplittableRandom random = new SplittableRandom(7);
        String alphabet = "0123456789-:.TtZz+ x";
        for (int i = 0; i < 50_000; i++) {
            int fraction = random.nextInt(10);
            StringBuilder text = new StringBuilder(String.format("%04d-%02d-%02dT%02d:%02d:%02d",
                    random.nextInt(10_000), random.nextInt(14), random.nextInt(33), random.nextInt(26),
                    random.nextInt(62), random.nextInt(62)));
            if (fraction > 0) {
                text.append('.').append(String.format("%09d", random.nextInt(1_000_000_000)), 0, fraction);
            }
            int offset = random.nextInt(4);
            text.append(offset == 0 ? "Z" : offset == 1 ? "z" : String.format("%c%02d:%02d",
                    offset == 2 ? '+' : '-', random.nextInt(20), random.nextInt(62)));
            if (random.nextInt(4) == 0) {
                text.setCharAt(random.nextInt(text.length()), alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertSameAsJdk(text.toString());
        }
    }

    @Test
    void aDateReadBeforeIsNotTakenForTheNextOne() {
        // the date read last is reused when the next time falls on it; a different one must not get it
        for (String text : new String[] {"2024-03-12T13:34:24Z", "2024-03-13T13:34:24Z", "2024-03-12T09:00:00-04:00",
            "2025-03-12T13:34:24Z", "2024-04-12T13:34:24Z", "2024-02-29T23:59:59Z", "2024-03-12T00:00:00Z"}) {
            assertSameAsJdk(text);
        }
        assertThat(Rfc3339.tryParse("2023-02-29T00:00:00Z")).isNull(); // no such day, even right after 2024's
    }

    @Test
    void keepsTheOffsetAsSent() {
        assertThat(Rfc3339.parse("2026-03-02T10:30:00-04:00").getOffset()).isEqualTo(ZoneOffset.ofHours(-4));
        assertThat(Rfc3339.parse("2026-03-02T14:30:00Z").getOffset()).isSameAs(ZoneOffset.UTC);
    }

    private static void assertSameAsJdk(String text) {
        OffsetDateTime expected;
        try {
            expected = OffsetDateTime.parse(text);
        } catch (DateTimeParseException rejected) {
            assertThatThrownBy(() -> Rfc3339.parse(text)).as(text).isInstanceOf(DateTimeParseException.class);
            return;
        }
        OffsetDateTime actual = Rfc3339.parse(text);
        assertThat(actual).as(text).isEqualTo(expected);
        assertThat(actual.getOffset()).as(text).isEqualTo(expected.getOffset());
    }
}
