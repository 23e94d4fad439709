package dev.breakwater.app;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One trading day of {@code trade_updates} frames for one account, as Alpaca sends them (binary frames of
 * UTF-8 JSON, ~1 KB, every field of the order present, times with nanoseconds, the order's in New York's
 * offset): a bounded set of orders, each with its whole lifecycle, the events of all orders interleaved
 * by time over a 6.5-hour session. Lifecycles: new → 1-3 partial_fills → fill (55 %), new → canceled
 * (25 %), new → replaced → the replacement's new → fill (15 %), new → partial_fill → canceled (5 %).
 */
final class BenchStreamFrames {

    private static final DateTimeFormatter RFC3339 = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSSXXX");
    private static final ZoneOffset NEW_YORK = ZoneOffset.ofHours(-4);
    private static final String[] SYMBOLS = {"AAPL", "MSFT", "GOOGL", "AMZN", "NVDA", "META", "TSLA", "SPY", "QQQ"};
    private static final OffsetDateTime OPEN = OffsetDateTime.of(2024, 3, 12, 13, 30, 0, 0, ZoneOffset.UTC);
    private static final long SESSION_NANOS = 390L * 60 * 1_000_000_000L;

    private final SplittableRandom random = new SplittableRandom(11);
    private long orders;

    /** The frames of {@code orderCount} orders' whole lifecycles, in the order they would arrive. */
    List<byte[]> day(int orderCount) {
        List<Timed> frames = new ArrayList<>(orderCount * 4);
        for (int i = 0; i < orderCount; i++) {
            lifecycle(frames, OPEN.plusNanos(random.nextLong(SESSION_NANOS)));
        }
        frames.sort(Comparator.comparing(Timed::at)); // stable: one order's events keep their order on a tie
        List<byte[]> bytes = new ArrayList<>(frames.size());
        for (Timed frame : frames) {
            bytes.add(frame.json());
        }
        return bytes;
    }

    private void lifecycle(List<Timed> frames, OffsetDateTime created) {
        OrderState order = new OrderState(id(), "bw-01HRQBE3G5J7K9" + String.format("%012d", orders++),
                SYMBOLS[random.nextInt(SYMBOLS.length)], 10 + random.nextInt(490), created);
        int kind = random.nextInt(100);
        frames.add(frame("new", order, "new", null));
        if (kind < 55) {
            for (int partials = 1 + random.nextInt(3); partials > 0; partials--) {
                partial(frames, order);
            }
            fill(frames, order);
        } else if (kind < 80) {
            frames.add(frame("canceled", order.at(later(order)), "canceled", null));
        } else if (kind < 95) {
            OffsetDateTime replacedAt = later(order);
            OrderState replacement = new OrderState(id(), order.clientOrderId + "r", order.symbol, order.qty,
                    replacedAt.plusNanos(1_000_000));
            replacement.replaces = order.id;
            order.replacedBy = replacement.id;
            frames.add(frame("replaced", order.at(replacedAt), "replaced", null));
            frames.add(frame("new", replacement, "new", null));
            fill(frames, replacement);
        } else {
            partial(frames, order);
            frames.add(frame("canceled", order.at(later(order)), "canceled", null));
        }
    }

    private void partial(List<Timed> frames, OrderState order) {
        long qty = Math.max(1, Math.min(order.qty - order.filled - 1, order.qty / 4));
        order.filled += qty;
        frames.add(frame("partial_fill", order.at(later(order)), "partially_filled", qty));
    }

    private void fill(List<Timed> frames, OrderState order) {
        long qty = order.qty - order.filled;
        order.filled = order.qty;
        frames.add(frame("fill", order.at(later(order)), "filled", qty));
    }

    /** The time of the order's next event: 1 ms to 2 minutes after its last one. */
    private OffsetDateTime later(OrderState order) {
        return order.updated.plusNanos(1_000_000 + random.nextLong(120_000_000_000L));
    }

    private String id() {
        return new java.util.UUID(random.nextLong(), random.nextLong()).toString();
    }

    /** A frame of {@code event} for {@code order} as it stands; {@code qty} for fills only. */
    private Timed frame(String event, OrderState order, String status, Long qty) {
        String price = "176.61";
        StringBuilder json = new StringBuilder(1400).append("{\"stream\":\"trade_updates\",\"data\":{\"event\":\"")
                .append(event).append('"');
        if (qty != null) {
            json.append(",\"execution_id\":\"").append(id()).append("\",\"price\":\"").append(price)
                    .append("\",\"qty\":\"").append(qty).append("\",\"position_qty\":\"").append(order.filled).append('"');
        }
        json.append(",\"timestamp\":\"").append(RFC3339.format(order.updated)).append('"')
                .append(",\"order\":{\"id\":\"").append(order.id).append("\",\"client_order_id\":\"")
                .append(order.clientOrderId).append("\",\"created_at\":").append(time(order.created))
                .append(",\"updated_at\":").append(time(order.updated))
                .append(",\"submitted_at\":").append(time(order.created))
                .append(",\"filled_at\":").append("filled".equals(status) ? time(order.updated) : "null")
                .append(",\"expired_at\":null,\"cancel_requested_at\":null")
                .append(",\"canceled_at\":").append("canceled".equals(status) ? time(order.updated) : "null")
                .append(",\"failed_at\":null")
                .append(",\"replaced_at\":").append("replaced".equals(status) ? time(order.updated) : "null")
                .append(",\"replaced_by\":").append(quoted(order.replacedBy))
                .append(",\"replaces\":").append(quoted(order.replaces))
                .append(",\"asset_id\":\"8ccae427-5dd0-45b3-b5fe-7ba5e422c766\",\"symbol\":\"").append(order.symbol)
                .append("\",\"asset_class\":\"us_equity\",\"notional\":null,\"qty\":\"").append(order.qty)
                .append("\",\"filled_qty\":\"").append(order.filled).append("\",\"filled_avg_price\":")
                .append(order.filled > 0 ? "\"" + price + "\"" : "null")
                .append(",\"order_class\":\"\",\"order_type\":\"limit\",\"type\":\"limit\",\"side\":\"buy\"")
                .append(",\"position_intent\":\"buy_to_open\",\"time_in_force\":\"day\",\"limit_price\":\"176.65\"")
                .append(",\"stop_price\":null,\"status\":\"").append(status)
                .append("\",\"extended_hours\":false,\"legs\":null,\"trail_percent\":null,\"trail_price\":null,\"hwm\":null}}}");
        return new Timed(order.updated, json.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String time(OffsetDateTime time) {
        return '"' + RFC3339.format(time.withOffsetSameInstant(NEW_YORK)) + '"';
    }

    private static String quoted(String text) {
        return text == null ? "null" : '"' + text + '"';
    }

    /** A frame and the time it is sent. */
    private record Timed(OffsetDateTime at, byte[] json) {
    }

    /** One order's fields that change over its life. */
    private static final class OrderState {
        final String id;
        final String clientOrderId;
        final String symbol;
        final long qty;
        final OffsetDateTime created;
        OffsetDateTime updated;
        long filled;
        String replacedBy;
        String replaces;

        OrderState(String id, String clientOrderId, String symbol, long qty, OffsetDateTime created) {
            this.id = id;
            this.clientOrderId = clientOrderId;
            this.symbol = symbol;
            this.qty = qty;
            this.created = created;
            this.updated = created;
        }

        OrderState at(OffsetDateTime time) {
            updated = time;
            return this;
        }
    }
}
