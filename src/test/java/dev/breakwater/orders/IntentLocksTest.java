package dev.breakwater.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class IntentLocksTest {

    private final IntentLocks locks = new IntentLocks();

    @Test
    void aHeldIdIsBusyForOtherThreadsOnlyAndForgottenWhenReleased() throws Exception {
        try (IntentLocks.Held held = locks.lock("bw-A")) {
            boolean otherGotA = CompletableFuture.supplyAsync(() -> {
                var attempt = locks.tryLock("bw-A");
                attempt.ifPresent(IntentLocks.Held::close);
                return attempt.isPresent();
            }).get(10, TimeUnit.SECONDS);
            boolean otherGotB = CompletableFuture.supplyAsync(() -> {
                var attempt = locks.tryLock("bw-B");
                attempt.ifPresent(IntentLocks.Held::close);
                return attempt.isPresent();
            }).get(10, TimeUnit.SECONDS);

            assertThat(otherGotA).isFalse();
            assertThat(otherGotB).isTrue();
            assertThat(locks.size()).isEqualTo(1);
        }
        assertThat(locks.size()).isZero();
    }
}
