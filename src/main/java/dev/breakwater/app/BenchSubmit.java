package dev.breakwater.app;

import dev.breakwater.broker.alpaca.AlpacaConfig;
import dev.breakwater.domain.ClientOrderIds;
import dev.breakwater.domain.OrderRequest;
import dev.breakwater.domain.OrderType;
import dev.breakwater.domain.Side;
import dev.breakwater.domain.TimeInForce;
import dev.breakwater.orders.OrderSettings;
import dev.breakwater.orders.SubmitOutcome;
import dev.breakwater.orders.Ticket;
import dev.breakwater.resilience.RateLimitSettings;
import dev.breakwater.resilience.ResilienceSettings;
import dev.breakwater.sim.FaultPlan;
import dev.breakwater.sim.SimulatedBroker;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * {@code bench submit}: one market order POSTed to the in-process simulator on loopback, (a) as a bare
 * OkHttp call and (b) through Breakwater's whole submit path (journal-first order service, resilience,
 * Alpaca client), interleaved a/b/a/b so both see the same machine at the same moment. Each pair buys,
 * the next sells, so the demo account stays flat however many pairs run.
 */
final class BenchSubmit {

    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(10);
    private static final String SYMBOL = "AAPL";

    private final BenchSubmitCommand options;
    private final BenchReport report;
    private final ClientOrderIds ids = ClientOrderIds.create();

    BenchSubmit(BenchSubmitCommand options, BenchReport report) {
        this.options = options;
        this.report = report;
    }

    void run() throws IOException {
        Path scratch = Files.createTempDirectory("breakwater-bench-submit");
        int latencyPairs = Math.max(10, options.orders / 10);
        report.conditions(String.format(Locale.ROOT, "warm-up %d pairs, then %d pairs with no latency and %d pairs "
                + "with latency_ms=%d; simulator and client rate limits off; journal WRITE_DELAY=0 in a temp dir",
                options.warmup, options.orders, latencyPairs, options.latencyMs));
        SimulatedBroker sim = SimulatedBroker.builder().seed(1).rateLimit(0).faults(FaultPlan.NONE).build().start();
        AlpacaConfig config = new AlpacaConfig(sim.baseUrl(), sim.keyId(), sim.secret(), Duration.ofSeconds(2),
                CALL_TIMEOUT);
        OkHttpClient raw = new OkHttpClient.Builder().retryOnConnectionFailure(false).followRedirects(false)
                .callTimeout(CALL_TIMEOUT).build();
        ResilienceSettings resilience = ResilienceSettings.defaults().withRateLimit(RateLimitSettings.perMinute(0));
        try (TradingStack stack = TradingStack.open(config, resilience,
                "jdbc:h2:file:" + scratch.resolve("journal"), OrderSettings.defaults(), new SimpleMeterRegistry())) {
            if (options.warmup > 0) {
                Pairs warm = pairs(stack, raw, config, options.warmup);
                report.line("warm-up: raw %s; breakwater %s", warm.raw.summary(), warm.full.summary());
            }

            Pairs bare = pairs(stack, raw, config, options.orders);
            report.line("no latency: raw        %s", bare.raw.summary());
            report.line("no latency: breakwater %s", bare.full.summary());

            sim.setFaults(FaultPlan.parse(FaultPlan.LATENCY_MS + "=" + options.latencyMs));
            Pairs slow = pairs(stack, raw, config, latencyPairs);
            report.line("latency_ms=%d: raw        %s", options.latencyMs, slow.raw.summary());
            report.line("latency_ms=%d: breakwater %s", options.latencyMs, slow.full.summary());

            report.key("median_ratio", slow.full.medianMs() / slow.raw.medianMs())
                    .key("added_median_ms", bare.full.medianMs() - bare.raw.medianMs())
                    .key("added_p99_ms", bare.full.percentileMs(99) - bare.raw.percentileMs(99))
                    .key("raw_median_ms", bare.raw.medianMs())
                    .key("breakwater_median_ms", bare.full.medianMs());
        } finally {
            raw.dispatcher().executorService().shutdown();
            raw.connectionPool().evictAll();
            sim.close();
            Directories.deleteRecursively(scratch);
        }
    }

    private record Pairs(BenchStats raw, BenchStats full) {
    }

    private Pairs pairs(TradingStack stack, OkHttpClient raw, AlpacaConfig config, int count) {
        long[] rawNanos = new long[count];
        long[] fullNanos = new long[count];
        Request.Builder post = new Request.Builder().url(config.baseUrl() + "/v2/orders")
                .header("APCA-API-KEY-ID", config.keyId()).header("APCA-API-SECRET-KEY", config.secretKey());
        int progressEvery = Math.max(1, count / 5);
        for (int i = 0; i < count; i++) {
            OrderRequest order = order(i % 2 == 0 ? Side.BUY : Side.SELL);
            long start = System.nanoTime();
            postRaw(raw, post, order.withClientOrderId(ids.next()));
            rawNanos[i] = System.nanoTime() - start;

            Ticket ticket = Ticket.open(stack.account, order, ids);
            start = System.nanoTime();
            SubmitOutcome outcome = stack.orders.submit(ticket);
            fullNanos[i] = System.nanoTime() - start;
            if (!(outcome instanceof SubmitOutcome.Accepted)) {
                throw new IllegalStateException("the simulator did not accept a benchmark order: " + outcome);
            }
            if ((i + 1) % progressEvery == 0 && count >= 1000) {
                report.line("  %d/%d pairs", i + 1, count);
            }
        }
        return new Pairs(new BenchStats(rawNanos), new BenchStats(fullNanos));
    }

    private static OrderRequest order(Side side) {
        return OrderRequest.builder().symbol(SYMBOL).qty("1").side(side).type(OrderType.MARKET)
                .timeInForce(TimeInForce.DAY).build();
    }

    /** The body Breakwater's client writes for this order (same fields, same order), sent once. */
    private static void postRaw(OkHttpClient raw, Request.Builder post, OrderRequest order) {
        String body = "{\"symbol\":\"" + order.symbol() + "\",\"qty\":\"" + order.qty().toPlainString()
                + "\",\"side\":\"" + order.side().wire() + "\",\"type\":\"" + order.type().wire()
                + "\",\"time_in_force\":\"" + order.timeInForce().wire() + "\",\"client_order_id\":\""
                + order.clientOrderId() + "\"}";
        try (Response response = raw.newCall(post.post(RequestBody.create(body, JSON)).build()).execute()) {
            String reply = response.body().string();
            if (response.code() != 200) {
                throw new IllegalStateException("raw POST refused: HTTP " + response.code() + " " + reply);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("raw POST failed", e);
        }
    }
}
