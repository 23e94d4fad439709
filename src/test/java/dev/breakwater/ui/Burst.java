package dev.breakwater.ui;

import dev.breakwater.testing.MutableClock;
import dev.breakwater.testing.FakeBroker;
import dev.breakwater.testing.ManualScheduler;
import static dev.breakwater.testing.Orders.fill;
import static dev.breakwater.testing.Orders.order;

import dev.breakwater.domain.OrderStatus;
import dev.breakwater.live.LiveAccount;
import dev.breakwater.live.LiveAccountSettings;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

/** A live account fed a burst of fills from its own thread: 250 orders, each filled share by share. */
final class Burst {

    static final int ORDERS = 250;

    final LiveAccount live = new LiveAccount(new FakeBroker(), new ManualScheduler(),
            new MutableClock(Instant.parse("2026-03-02T16:00:00Z")), LiveAccountSettings.defaults(), null);
    final AtomicInteger published = new AtomicInteger();

    /** Starts a thread publishing {@code events} fills; filled_qty grows so every event is a new version. */
    Thread start(int events) {
        Thread producer = new Thread(() -> {
            for (int i = 0; i < events; i++) {
                int step = i / ORDERS + 1;
                live.onTradeUpdate(fill(order("o" + (i % ORDERS), OrderStatus.PARTIALLY_FILLED,
                        Integer.toString(step), step)));
                published.incrementAndGet();
            }
        }, "burst-producer");
        producer.start();
        return producer;
    }
}
