package dev.breakwater.app;

import dev.breakwater.domain.ClientOrderIds;
import dev.breakwater.domain.Order;
import dev.breakwater.domain.OrderClass;
import dev.breakwater.domain.OrderRequest;
import dev.breakwater.domain.OrderStatus;
import dev.breakwater.domain.OrderType;
import dev.breakwater.domain.Side;
import dev.breakwater.domain.TimeInForce;
import dev.breakwater.journal.H2OrderJournal;
import dev.breakwater.journal.Intent;
import dev.breakwater.journal.IntentState;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * {@code bench journal}: a journal as large as years of trading leave it, then what start-up and the
 * order path ask of it. Resolved intents are filled through {@link H2OrderJournal#adoptAll} (filled
 * broker orders, 10,000 per commit, each with its RECOVERED event); the unresolved ones, spread evenly
 * among them, through {@code create(…, SENDING)}, the order path's own pre-send commit.
 */
final class BenchJournal {

    private static final int BATCH = 10_000;
    private static final String ACCOUNT = "PA3BENCH0001";
    private static final List<String> SYMBOLS = List.of("AAPL", "MSFT", "GOOGL", "AMZN", "NVDA", "META", "TSLA",
            "SPY", "QQQ", "JPM", "KO", "XOM");
    private static final OffsetDateTime FIRST = OffsetDateTime.of(2024, 1, 2, 14, 30, 0, 0, ZoneOffset.UTC);

    private final BenchJournalCommand options;
    private final BenchReport report;
    private final SplittableRandom random = new SplittableRandom(7);

    BenchJournal(BenchJournalCommand options, BenchReport report) {
        this.options = options;
        this.report = report;
    }

    void run() throws IOException {
        Path scratch = Files.createTempDirectory("breakwater-bench-journal");
        String url = "jdbc:h2:file:" + scratch.resolve("journal");
        Path file = scratch.resolve("journal.mv.db");
        report.conditions(String.format(Locale.ROOT, "%d intents, %d unresolved among them; %d lookups after %d "
                + "warm-up; H2 file in %s with WRITE_DELAY=0", options.intents, options.unresolved, options.lookups,
                options.lookupWarmup, scratch));
        try {
            String[] ids = new String[options.intents];
            H2OrderJournal journal = H2OrderJournal.open(url);
            long started = System.nanoTime();
            fill(journal, ids);
            double fillS = (System.nanoTime() - started) / 1e9;
            long before = Files.size(file);
            report.line("filled %d intents in %.1f s (%.0f intents/s); file %.1f MB as written", ids.length, fillS,
                    ids.length / fillS, before / 1e6);

            started = System.nanoTime();
            journal.close();
            double compactS = (System.nanoTime() - started) / 1e9;
            long after = Files.size(file);
            report.line("closed with the journal's own compaction in %.1f s: %.1f MB -> %.1f MB", compactS,
                    before / 1e6, after / 1e6);

            started = System.nanoTime();
            journal = H2OrderJournal.open(url);
            double openMs = (System.nanoTime() - started) / 1e6;
            try {
                started = System.nanoTime();
                List<Intent> unresolved = journal.unresolved();
                double scanMs = (System.nanoTime() - started) / 1e6;
                if (unresolved.size() != options.unresolved) {
                    throw new IllegalStateException("the scan found " + unresolved.size() + " unresolved intents, not "
                            + options.unresolved);
                }
                BenchStats scans = scans(journal);
                report.line("reopened in %.0f ms; start-up scan unresolved() first %.1f ms (%d intents), again %s",
                        openMs, scanMs, unresolved.size(), scans.summary());
                BenchStats lookups = lookups(journal, ids);
                report.line("lookup by client_order_id: %s", lookups.summary());
                report.key("lookup_p99_ms", lookups.percentileMs(99))
                        .key("scan_ms", scanMs)
                        .key("file_mb", after / 1e6)
                        .key("lookup_p50_ms", lookups.medianMs())
                        .key("scan_warm_ms", scans.medianMs())
                        .key("fill_s", fillS)
                        .key("file_mb_before_compaction", before / 1e6)
                        .key("open_ms", openMs);
            } finally {
                journal.close();
            }
        } finally {
            Directories.deleteRecursively(scratch);
        }
    }

    private void fill(H2OrderJournal journal, String[] ids) {
        ClientOrderIds minted = ClientOrderIds.create();
        int spacing = options.unresolved == 0 ? Integer.MAX_VALUE : Math.max(1, ids.length / options.unresolved);
        int unresolvedLeft = options.unresolved;
        int progressEvery = Math.max(BATCH, ids.length / 10 / BATCH * BATCH);
        List<Order> batch = new ArrayList<>(BATCH);
        long started = System.nanoTime();
        for (int i = 0; i < ids.length; i++) {
            ids[i] = minted.next();
            if (unresolvedLeft > 0 && i % spacing == spacing / 2) {
                journal.create("bench-ticket-" + i, ACCOUNT, request(ids[i]), IntentState.SENDING);
                unresolvedLeft--;
            } else {
                batch.add(filledOrder(ids[i], i));
            }
            if (batch.size() == BATCH || i == ids.length - 1) {
                journal.adoptAll(batch, ACCOUNT);
                batch.clear();
            }
            if ((i + 1) % progressEvery == 0) {
                report.line("  %d/%d intents (%.0f s, file %.0f MB)", i + 1, ids.length,
                        (System.nanoTime() - started) / 1e9, journal.fileSize() / 1e6);
            }
        }
    }

    private OrderRequest request(String clientOrderId) {
        return OrderRequest.builder().clientOrderId(clientOrderId).symbol(symbol()).qty("10").side(Side.BUY)
                .type(OrderType.LIMIT).limitPrice(price()).timeInForce(TimeInForce.DAY).build();
    }

    /** A filled day limit order as Alpaca reports it, one every 30 s of trading history. */
    private Order filledOrder(String clientOrderId, int index) {
        OffsetDateTime created = FIRST.plusSeconds(30L * index).plusNanos(random.nextInt(1_000_000_000));
        BigDecimal qty = BigDecimal.valueOf(1 + random.nextInt(500));
        BigDecimal price = price();
        return new Order(UUID.randomUUID().toString(), clientOrderId, created, created.plusNanos(350_000_000),
                created, created.plusNanos(350_000_000), null, null, null, null, null, null,
                UUID.randomUUID().toString(), symbol(), "us_equity", null, qty, qty, price, OrderClass.SIMPLE,
                OrderType.LIMIT, random.nextBoolean() ? Side.BUY : Side.SELL, TimeInForce.DAY, price, null,
                OrderStatus.FILLED, false, List.of(), null, null, null);
    }

    private String symbol() {
        return SYMBOLS.get(random.nextInt(SYMBOLS.size()));
    }

    private BigDecimal price() {
        return BigDecimal.valueOf(1_000 + random.nextInt(50_000), 2);
    }

    private static BenchStats scans(H2OrderJournal journal) {
        long[] nanos = new long[20];
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            journal.unresolved();
            nanos[i] = System.nanoTime() - start;
        }
        return new BenchStats(nanos);
    }

    private BenchStats lookups(H2OrderJournal journal, String[] ids) {
        for (int i = 0; i < options.lookupWarmup; i++) {
            find(journal, ids[random.nextInt(ids.length)]);
        }
        long[] nanos = new long[options.lookups];
        for (int i = 0; i < nanos.length; i++) {
            String id = ids[random.nextInt(ids.length)];
            long start = System.nanoTime();
            find(journal, id);
            nanos[i] = System.nanoTime() - start;
        }
        return new BenchStats(nanos);
    }

    private static void find(H2OrderJournal journal, String id) {
        if (journal.find(id).isEmpty()) {
            throw new IllegalStateException("intent " + id + " is missing from the journal");
        }
    }
}
