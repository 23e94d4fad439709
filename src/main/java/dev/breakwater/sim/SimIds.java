package dev.breakwater.sim;

import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Sources of the UUID v4 ids the simulator hands out (order ids, generated client order ids, execution
 * ids, the account id).
 *
 * <p>The default is {@link #random()}, not the exchange's seed: an embedded simulator restarted with the
 * same seed must not hand out the ids of a previous run, or a client journal that outlives the process
 * would mistake new orders for old ones. Tests that want fully reproducible ids use {@link #seeded(long)}.
 */
public final class SimIds {

    private SimIds() {
    }

    /** Fresh random v4 UUIDs ({@link UUID#randomUUID()}). */
    public static Supplier<UUID> random() {
        return UUID::randomUUID;
    }

    /** A reproducible, thread-safe sequence of v4 UUIDs. */
    public static Supplier<UUID> seeded(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        return () -> {
            synchronized (random) {
                return v4(random.nextLong(), random.nextLong());
            }
        };
    }

    /** A UUID with the version (4) and IETF variant bits set over the given random bits. */
    static UUID v4(long mostSignificant, long leastSignificant) {
        long msb = (mostSignificant & ~0xF000L) | 0x4000L;
        long lsb = (leastSignificant & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb);
    }
}
