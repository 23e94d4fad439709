package dev.breakwater.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.breakwater.broker.EndpointGroup;
import dev.breakwater.broker.StreamState;
import dev.breakwater.broker.alpaca.AlpacaConfig;
import dev.breakwater.broker.alpaca.AlpacaTradeStream;
import dev.breakwater.broker.alpaca.TradeStreamSettings;
import dev.breakwater.domain.Order;
import dev.breakwater.live.LiveAccount;
import dev.breakwater.live.LiveAccountSettings;
import dev.breakwater.sim.FaultPlan;
import dev.breakwater.sim.SimulatedBroker;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The soak's {@code --stream} part: the live account fed by the trade-update stream, with the stream cut
 * and silenced by the simulator, and afterwards the check that the model converged on the broker's
 * truth: every order's final status in the model equals the broker's, and there was never more than one
 * stream connection at a time.
 */
final class SoakStream implements AutoCloseable {

    /**
     * The soak's stream timing: the production ping and backoff shapes, but staleness noticed after 3 s
     * instead of 30 s, so that a silenced socket costs seconds, not half a minute, per occurrence.
     */
    static final TradeStreamSettings SETTINGS = TradeStreamSettings.defaults()
            .withPingInterval(Duration.ofSeconds(1))
            .withStaleness(Duration.ofSeconds(3), Duration.ofMillis(250))
            .withBackoff(Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofSeconds(30));
    /** Stream faults the in-process simulator gets unless the plan sets them: a cut every 7 s, silence 11 s after each connect. */
    static final long DEFAULT_DROP_EVERY_S = 7;
    static final long DEFAULT_SILENCE_AFTER_S = 11;

    /** {@code plan} with a stream drop and a stream silence, each unless the plan has one already. */
    static FaultPlan withStreamFaults(FaultPlan plan) {
        FaultPlan result = plan;
        if (result.streamDropEverySeconds() == 0) {
            result = result.with(FaultPlan.STREAM_DROP_EVERY_S, Long.toString(DEFAULT_DROP_EVERY_S));
        }
        if (result.streamSilenceAfterSeconds() == 0) {
            result = result.with(FaultPlan.STREAM_SILENCE_AFTER_S, Long.toString(DEFAULT_SILENCE_AFTER_S));
        }
        return result;
    }

    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(1, runnable -> {
        Thread thread = new Thread(runnable, "soak-live-account");
        thread.setDaemon(true);
        return thread;
    });
    final LiveAccount live;
    final AlpacaTradeStream stream;

    SoakStream(TradingStack stack, AlpacaConfig config) {
        live = new LiveAccount(stack.broker, scheduler, Clock.systemUTC(), LiveAccountSettings.defaults(),
                stack.reconciler::onTradeUpdate);
        stream = AlpacaTradeStream.builder(config, live, stack.resilience.breaker(EndpointGroup.STREAM))
                .settings(SETTINGS).build();
    }

    void start() {
        live.start();
        stream.start();
    }

    /**
     * Waits (up to {@code deadline}) until every final order at the broker shows the same status in the
     * model, and returns how many still do not.
     */
    private int missedFinalStates(List<Order> atBroker, Duration deadline) throws InterruptedException {
        long end = System.nanoTime() + deadline.toNanos();
        int missed = countMissed(atBroker);
        while (missed > 0 && System.nanoTime() < end) {
            TimeUnit.MILLISECONDS.sleep(250);
            missed = countMissed(atBroker);
        }
        return missed;
    }

    private int countMissed(List<Order> atBroker) {
        if (stream.status().state() != StreamState.LIVE) {
            return Integer.MAX_VALUE; // not trusted until the gap since the last event is recovered
        }
        int missed = 0;
        for (Order order : atBroker) {
            if (order.status() != null && order.status().isFinal()) {
                Optional<Order> seen = live.order(order.id());
                if (seen.isEmpty() || seen.get().status() != order.status()) {
                    missed++;
                }
            }
        }
        return missed;
    }

    /** Waits for the model to converge, then reads the figures (connects last, so they include every reconnect). */
    SoakResult.StreamFigures figures(List<Order> atBroker, Duration deadline, SimulatedBroker sim, String brokerUrl)
            throws InterruptedException {
        int missed = missedFinalStates(atBroker, deadline);
        return new SoakResult.StreamFigures(stream.status().connects(), maxConcurrentStreams(sim, brokerUrl), missed);
    }

    /** The broker's count of concurrent stream connections, or -1 where the broker does not say (real Alpaca). */
    static int maxConcurrentStreams(SimulatedBroker sim, String brokerUrl) {
        if (sim != null) {
            return sim.stats().stream().maxConcurrent();
        }
        OkHttpClient http = new OkHttpClient();
        try (Response response = http.newCall(new Request.Builder()
                .url(brokerUrl.replaceAll("/+$", "") + "/_sim/stats?orders=false").build()).execute()) {
            if (!response.isSuccessful()) {
                return -1;
            }
            JsonNode stats = new ObjectMapper().readTree(response.body().string());
            return stats.path("stream").path("max_concurrent").asInt(-1);
        } catch (java.io.IOException e) {
            return -1;
        } finally {
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
    }

    @Override
    public void close() {
        stream.close();
        live.close();
        scheduler.shutdownNow();
    }
}
