package dev.breakwater.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class ClientOrderIdsTest {

    private static final String CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final String FORMAT = "bw-[0-7][0-9A-HJKMNP-TV-Z]{25}";
    private static final long MARCH_2024 = Instant.parse("2024-03-11T13:30:00Z").toEpochMilli();

    /** A clock the test moves by hand. */
    private static final class ManualClock extends Clock {
        private final AtomicLong millis;

        ManualClock(long millis) {
            this.millis = new AtomicLong(millis);
        }

        void set(long value) {
            millis.set(value);
        }

        void advance(long by) {
            millis.addAndGet(by);
        }

        @Override
        public long millis() {
            return millis.get();
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis());
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }

    /** Always the same bits, to pin down the encoding and the increment. */
    private static RandomGenerator constant(long bits) {
        return () -> bits;
    }

    /** The given values in turn, then fails: shows exactly which draws the generator makes. */
    private static RandomGenerator sequence(long... values) {
        AtomicLong next = new AtomicLong();
        return () -> values[(int) next.getAndIncrement()];
    }

    /** The 128-bit value of an id's 26 ULID characters, decoded independently of the encoder. */
    private static BigInteger value(String id) {
        BigInteger value = BigInteger.ZERO;
        for (char c : id.substring(3).toCharArray()) {
            int digit = CROCKFORD.indexOf(c);
            assertThat(digit).as("Crockford digit %s", c).isNotNegative();
            value = value.shiftLeft(5).add(BigInteger.valueOf(digit));
        }
        return value;
    }

    private static long timestamp(String id) {
        return value(id).shiftRight(80).longValueExact();
    }

    private static BigInteger randomPart(String id) {
        return value(id).subtract(value(id).shiftRight(80).shiftLeft(80));
    }

    @Test
    void mintsAPrefixedUlidWellWithinFortyEightCharacters() {
        String id = ClientOrderIds.create().next();

        assertThat(id).startsWith("bw-").hasSize(29).matches(FORMAT);
        assertThat(id.length()).isLessThanOrEqualTo(48).isEqualTo(ClientOrderIds.LENGTH);
    }

    @Test
    void encodesTheTimestampLikeTheUlidSpecExample() {
        // The ULID spec's seed-time example: ulid(1469918176385) gives 01ARYZ6S41TSV4RRFFQ69G5FAV.
        ClientOrderIds ids = new ClientOrderIds(new ManualClock(1_469_918_176_385L), new SplittableRandom(1));

        assertThat(ids.next()).startsWith("bw-01ARYZ6S41");
    }

    @Test
    void encodesAllEightyRandomBits() {
        long low = 0x0123_4567_89AB_CDEFL;
        ClientOrderIds ids = new ClientOrderIds(new ManualClock(MARCH_2024), constant(low));

        String id = ids.next();

        // The top 16 random bits come from one draw masked to 16 bits, the low 64 from the next draw.
        BigInteger expected = BigInteger.valueOf(low & 0xFFFF).shiftLeft(64)
                .add(new BigInteger(Long.toUnsignedString(low)));
        assertThat(randomPart(id)).isEqualTo(expected);
        assertThat(timestamp(id)).isEqualTo(MARCH_2024);
    }

    @Test
    void writesTheExtremesOfTheRandomPart() {
        assertThat(new ClientOrderIds(new ManualClock(MARCH_2024), constant(0)).next()).endsWith("0".repeat(16));
        assertThat(new ClientOrderIds(new ManualClock(MARCH_2024), constant(-1)).next()).endsWith("Z".repeat(16));
    }

    @Test
    void mintsAHundredThousandDistinctIds() {
        ClientOrderIds ids = ClientOrderIds.create();
        Set<String> seen = new HashSet<>();

        for (int i = 0; i < 100_000; i++) {
            assertThat(seen.add(ids.next())).isTrue();
        }
        assertThat(seen).hasSize(100_000);
    }

    @Test
    void sortsInCreationOrderAcrossMilliseconds() {
        ManualClock clock = new ManualClock(MARCH_2024);
        ClientOrderIds ids = new ClientOrderIds(clock, new SplittableRandom(7));
        List<String> minted = new ArrayList<>();
        List<Long> mintedAt = new ArrayList<>();

        for (int i = 0; i < 5_000; i++) {
            mintedAt.add(clock.millis());
            minted.add(ids.next());
            clock.advance(i % 3);
        }

        assertThat(minted).isSortedAccordingTo(String::compareTo).doesNotHaveDuplicates();
        assertThat(minted.stream().map(ClientOrderIdsTest::timestamp).toList()).isEqualTo(mintedAt);
    }

    @Test
    void countsUpWithinOneMillisecond() {
        ClientOrderIds ids = new ClientOrderIds(new ManualClock(MARCH_2024), new SplittableRandom(11));

        String first = ids.next();
        List<String> burst = new ArrayList<>(List.of(first));
        for (int i = 0; i < 999; i++) {
            burst.add(ids.next());
        }

        assertThat(burst).isSortedAccordingTo(String::compareTo).doesNotHaveDuplicates();
        for (int i = 0; i < burst.size(); i++) {
            assertThat(timestamp(burst.get(i))).isEqualTo(MARCH_2024);
            assertThat(randomPart(burst.get(i))).isEqualTo(randomPart(first).add(BigInteger.valueOf(i)));
        }
    }

    @Test
    void drawsFreshRandomnessInANewMillisecond() {
        ManualClock clock = new ManualClock(MARCH_2024);
        ClientOrderIds ids = new ClientOrderIds(clock, new SplittableRandom(3));

        String first = ids.next();
        clock.advance(1);
        String second = ids.next();

        assertThat(randomPart(second)).isNotEqualTo(randomPart(first).add(BigInteger.ONE));
        assertThat(second).isGreaterThan(first);
    }

    @Test
    void keepsOrderWhenTheClockStepsBack() {
        ManualClock clock = new ManualClock(MARCH_2024);
        ClientOrderIds ids = new ClientOrderIds(clock, new SplittableRandom(5));

        String before = ids.next();
        clock.set(MARCH_2024 - 1_000);
        String after = ids.next();

        assertThat(after).isGreaterThan(before);
        assertThat(timestamp(after)).isEqualTo(MARCH_2024);
    }

    @Test
    void borrowsTheNextMillisecondWhenTheRandomPartIsExhausted() {
        // All 80 random bits set: incrementing would wrap around and sort the next id first.
        ClientOrderIds ids = new ClientOrderIds(new ManualClock(MARCH_2024), constant(-1));

        String full = ids.next();
        String next = ids.next();

        assertThat(randomPart(full)).isEqualTo(BigInteger.ONE.shiftLeft(80).subtract(BigInteger.ONE));
        assertThat(next).isGreaterThan(full);
        assertThat(timestamp(next)).isEqualTo(MARCH_2024 + 1);
    }

    @Test
    void carriesFromTheLowSixtyFourBitsIntoTheHighSixteen() {
        // First draw: the high 16 bits (0x1234), second draw: the low 64 bits, all set.
        ClientOrderIds ids = new ClientOrderIds(new ManualClock(MARCH_2024), sequence(0x1234, -1L));

        String first = ids.next();
        String second = ids.next();

        assertThat(randomPart(second)).isEqualTo(randomPart(first).add(BigInteger.ONE));
        assertThat(randomPart(second)).isEqualTo(BigInteger.valueOf(0x1235).shiftLeft(64));
        assertThat(timestamp(second)).isEqualTo(MARCH_2024);
    }

    @Test
    void staysUniqueAndOrderedPerThreadUnderConcurrentUse() throws Exception {
        ClientOrderIds ids = ClientOrderIds.create();
        int threads = 4;
        int perThread = 25_000;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                Callable<List<String>> task = () -> {
                    start.await();
                    List<String> mine = new ArrayList<>(perThread);
                    for (int i = 0; i < perThread; i++) {
                        mine.add(ids.next());
                    }
                    return mine;
                };
                results.add(pool.submit(task));
            }
            start.countDown();

            Set<String> all = new HashSet<>();
            for (Future<List<String>> result : results) {
                List<String> mine = result.get(30, TimeUnit.SECONDS);
                assertThat(mine).isSortedAccordingTo(String::compareTo);
                all.addAll(mine);
            }
            assertThat(all).hasSize(threads * perThread);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void refusesAClockBeforeTheEpoch() {
        ClientOrderIds ids = new ClientOrderIds(new ManualClock(-1), new SplittableRandom(1));

        assertThatThrownBy(ids::next).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void recognisesItsOwnIdsByPrefix() {
        assertThat(ClientOrderIds.isOurs(ClientOrderIds.create().next())).isTrue();
        assertThat(ClientOrderIds.isOurs("bw-anything")).isTrue();
        assertThat(ClientOrderIds.isOurs("4642fd68-d59a-47d7-a9ac-e22f536828d1")).isFalse();
        assertThat(ClientOrderIds.isOurs("BW-01ARZ3NDEKTSV4RRFFQ69G5FAV")).isFalse();
        assertThat(ClientOrderIds.isOurs("xbw-01ARZ3NDEKTSV4RRFFQ69G5FAV")).isFalse();
        assertThat(ClientOrderIds.isOurs("")).isFalse();
        assertThat(ClientOrderIds.isOurs(null)).isFalse();
    }
}
