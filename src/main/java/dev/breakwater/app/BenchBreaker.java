package dev.breakwater.app;

import dev.breakwater.broker.Broker;
import dev.breakwater.broker.EndpointGroup;
import dev.breakwater.domain.OrderRequest;
import dev.breakwater.domain.OrderType;
import dev.breakwater.domain.Side;
import dev.breakwater.domain.TimeInForce;
import dev.breakwater.resilience.Resilience;
import dev.breakwater.resilience.ResilienceSettings;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code bench breaker}: what a call costs when the ORDERS breaker is open, through the same resilient
 * decorator the console uses (retry, breaker, rate limiter, metrics, health events) around a broker that
 * counts any call reaching it: the count must stay 0, no socket is touched. A plain harness rather
 * than JMH: each iteration times a batch of calls with {@link System#nanoTime()} (its ~25 ns cost is
 * spread over the batch), after warm-up iterations that let the JIT compile the path; the headline is
 * the median over iterations of the mean per call.
 */
final class BenchBreaker {

    private final BenchBreakerCommand options;
    private final BenchReport report;
    /** Written by every rejected call and read at the end, so the JIT cannot drop the calls as dead code. */
    private long sink;

    BenchBreaker(BenchBreakerCommand options, BenchReport report) {
        this.options = options;
        this.report = report;
    }

    void run() {
        report.conditions(String.format(Locale.ROOT, "%d warm-up + %d measured iterations of %d calls each, "
                + "single thread; production resilience settings, ORDERS breaker forced open",
                options.warmup, options.iterations, options.calls));
        AtomicLong reached = new AtomicLong();
        Broker raw = (Broker) Proxy.newProxyInstance(Broker.class.getClassLoader(), new Class<?>[] {Broker.class},
                (proxy, method, args) -> {
                    reached.incrementAndGet();
                    throw new IllegalStateException("the broker was reached through an open breaker");
                });
        Resilience resilience = Resilience.create(ResilienceSettings.defaults(), new SimpleMeterRegistry());
        Broker broker = resilience.decorate(raw);
        resilience.breaker(EndpointGroup.ORDERS).transitionToForcedOpenState();
        OrderRequest order = OrderRequest.builder().clientOrderId("bw-bench-breaker").symbol("AAPL").qty("1")
                .side(Side.BUY).type(OrderType.MARKET).timeInForce(TimeInForce.DAY).build();

        String rejection = rejectionOf(broker, order);
        for (int i = 0; i < options.warmup; i++) {
            batch(broker, order);
        }
        double[] meanUs = new double[options.iterations];
        long cpuStart = BenchReport.threadCpuNanos();
        for (int i = 0; i < meanUs.length; i++) {
            meanUs[i] = batch(broker, order) / 1e3 / options.calls;
        }
        double cpuUs = (BenchReport.threadCpuNanos() - cpuStart) / 1e3 / ((double) options.calls * meanUs.length);
        if (reached.get() != 0) {
            throw new IllegalStateException(reached.get() + " calls reached the broker through the open breaker");
        }
        Arrays.sort(meanUs);
        double median = meanUs[meanUs.length / 2];
        report.line("rejected with %s; calls reaching the broker: %d (sink %d)", rejection, reached.get(), sink);
        report.line("mean per rejected call over %d iterations: min %.3f median %.3f max %.3f us", meanUs.length,
                meanUs[0], median, meanUs[meanUs.length - 1]);
        report.line("on this thread's CPU time: %.3f us per rejected call", cpuUs);
        report.key("rejected_us", median).key("rejected_cpu_us", cpuUs).key("rejected_min_us", meanUs[0])
                .key("rejected_max_us", meanUs[meanUs.length - 1]);
    }

    private static String rejectionOf(Broker broker, OrderRequest order) {
        try {
            broker.placeOrder(order);
        } catch (RuntimeException rejected) {
            return rejected.getClass().getSimpleName();
        }
        throw new IllegalStateException("the open breaker let an order through");
    }

    /** Nanoseconds for one batch of rejected calls. */
    private long batch(Broker broker, OrderRequest order) {
        long start = System.nanoTime();
        for (int i = 0; i < options.calls; i++) {
            try {
                broker.placeOrder(order);
            } catch (RuntimeException rejected) {
                sink += rejected.hashCode();
            }
        }
        return System.nanoTime() - start;
    }
}
