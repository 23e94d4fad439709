package dev.breakwater.journal;

import dev.breakwater.domain.OrderRequest;
import dev.breakwater.domain.OrderType;
import dev.breakwater.domain.Side;
import dev.breakwater.domain.TimeInForce;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/** Order requests and journal URLs for the journal tests. */
final class Requests {

    static {
        // Tests open raw JDBC connections too: make sure the journal sets H2 up (loopback binding) first.
        JournalDatabase.init();
    }

    private static final AtomicInteger NEXT = new AtomicInteger();

    private Requests() {
    }

    /** A limit buy of 10 AAPL at 187.5 with a fresh client_order_id. */
    static OrderRequest limitBuy() {
        return limitBuy("bw-test-" + NEXT.incrementAndGet());
    }

    static OrderRequest limitBuy(String clientOrderId) {
        return OrderRequest.builder()
                .clientOrderId(clientOrderId)
                .symbol("AAPL")
                .qty("10")
                .side(Side.BUY)
                .type(OrderType.LIMIT)
                .timeInForce(TimeInForce.DAY)
                .limitPrice("187.50")
                .build();
    }

    /** The URL of a file journal in {@code dir}. */
    static String fileUrl(Path dir) {
        return "jdbc:h2:file:" + dir.toAbsolutePath().resolve("journal").toString().replace('\\', '/');
    }

    /** The journal's data file in {@code dir}. */
    static Path dataFile(Path dir) {
        return dir.toAbsolutePath().resolve("journal.mv.db");
    }
}
