package dev.breakwater.live;

import static org.assertj.core.api.Assertions.assertThat;

import dev.breakwater.domain.Order;
import dev.breakwater.domain.OrderStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The written-out {@link OrderVersions#PROGRESS} must order versions exactly as the rule's plain chain does. */
class OrderVersionsTest {

    /** The rule of the class comment, chained as it was first written. */
    private static final Comparator<Order> RULE = Comparator
            .comparing((Order order) -> order.status() != null && order.status().isFinal())
            .thenComparing(order -> order.filledQty() == null ? BigDecimal.ZERO : order.filledQty())
            .thenComparing(order -> order.updatedAt() != null ? order.updatedAt().toInstant()
                    : order.createdAt() != null ? order.createdAt().toInstant() : Instant.MIN)
            .thenComparingInt(order -> OrderVersions.rank(order.status()));

    private static final OffsetDateTime T0 = OffsetDateTime.of(2026, 3, 2, 14, 30, 0, 0, ZoneOffset.UTC);

    @Test
    void ordersRandomVersionsAsTheRuleDoes() {
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < 20_000; i++) {
            Order a = version(random);
            Order b = version(random);

            assertThat(Integer.signum(OrderVersions.PROGRESS.compare(a, b))).as("%s vs %s", a, b)
                    .isEqualTo(Integer.signum(RULE.compare(a, b)));
        }
    }

    @Test
    void comparesTimesByInstantWhateverTheOffset() {
        Order utc = order(OrderStatus.NEW, "0", T0, null);
        Order newYork = order(OrderStatus.NEW, "0", T0.withOffsetSameInstant(ZoneOffset.ofHours(-4)), null);
        Order noTime = order(OrderStatus.NEW, "0", null, null);

        assertThat(OrderVersions.PROGRESS.compare(utc, newYork)).isZero();
        assertThat(OrderVersions.PROGRESS.compare(noTime, utc)).isNegative();
        assertThat(OrderVersions.PROGRESS.compare(noTime, order(OrderStatus.NEW, "0", null, null))).isZero();
        assertThat(OrderVersions.PROGRESS.compare(order(OrderStatus.NEW, "0", null, T0), utc)).isZero();
    }

    private static Order version(SplittableRandom random) {
        OrderStatus[] statuses = OrderStatus.values();
        OrderStatus status = random.nextInt(10) == 0 ? null : statuses[random.nextInt(statuses.length)];
        String filled = random.nextInt(5) == 0 ? null : random.nextInt(3) + (random.nextBoolean() ? ".0" : "");
        OffsetDateTime updated = random.nextInt(5) == 0 ? null : time(random);
        OffsetDateTime created = random.nextInt(3) == 0 ? null : time(random);
        return order(status, filled, updated, created);
    }

    private static OffsetDateTime time(SplittableRandom random) {
        return T0.plusNanos(random.nextInt(3) * 500_000_000L + random.nextInt(2))
                .withOffsetSameInstant(ZoneOffset.ofHours(random.nextInt(3) - 1));
    }

    private static Order order(OrderStatus status, String filledQty, OffsetDateTime updatedAt, OffsetDateTime createdAt) {
        return new Order("o-1", "bw-1", createdAt, updatedAt, null, null, null, null, null, null, null, null, null,
                "AAPL", null, null, new BigDecimal("2"), filledQty == null ? null : new BigDecimal(filledQty), null,
                null, null, null, null, null, null, status, false, null, null, null, null);
    }
}
