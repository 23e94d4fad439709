package dev.breakwater.sim;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which faults the simulated broker injects, and how often. Immutable; {@link SimulatedBroker#setFaults}
 * swaps the whole plan at once.
 *
 * <h2>Names</h2>
 * Every setting has one wire name, used alike by the spec string ({@link #parse}), the JSON of
 * {@code GET/PUT /_sim/faults} ({@link #toMap}, {@link #withValues}) and error messages:
 * <ul>
 *   <li>{@code latency_ms}, {@code latency_jitter_ms}: every REST request waits latency_ms plus a uniform
 *       offset in [-jitter, +jitter] (never below 0) before anything else happens;</li>
 *   <li>{@code error_rate}: share of REST requests answered 500, 502, 503 or 504 (picked at random)
 *       instead of being handled: an errored placement was never placed;</li>
 *   <li>{@code rate429}: share of REST requests answered 429 with rate-limit headers;</li>
 *   <li>{@code drop_after_accept}: share of order placements ({@code POST /v2/orders} that succeed) that
 *       are placed, then the connection is cut with no reply at all;</li>
 *   <li>{@code slow_reply_rate}, {@code slow_reply_ms}: share of placements that are placed, then the reply
 *       is held back slow_reply_ms;</li>
 *   <li>{@code delayed_visibility_ms}: an order stays invisible to reads ({@code GET} by id, by
 *       client_order_id: 404; lists: left out) for this long after its creation on the exchange's clock.
 *       It is still there: a re-POST of its client_order_id gets the 422 duplicate, and cancel or replace
 *       find it;</li>
 *   <li>{@code malformed_rate}: share of 2xx replies with a body cut short (invalid JSON); what the request
 *       did, it did;</li>
 *   <li>{@code outage}: the API port (REST and stream) is closed while true: connections are refused
 *       and open ones cut ({@link SimulatedBroker} keeps a control port open to end it);</li>
 *   <li>{@code stream_drop_every_s}, {@code stream_silence_after_s}: executed by the {@code trade_updates}
 *       stream (0 = off).</li>
 * </ul>
 * Rates are shares from 0.0 to 1.0; times are whole, non-negative numbers.
 *
 * <h2>Spec strings</h2>
 * A preset name, or comma-separated {@code name=value} pairs, or a preset followed by pairs that override
 * it: {@code "chaos,stream_drop_every_s=5"}. An empty spec is {@code none}. Presets: {@link #NONE},
 * {@link #FLAKY}, {@link #CHAOS}, {@link #OUTAGE}.
 */
public record FaultPlan(
        long latencyMs,
        long latencyJitterMs,
        double errorRate,
        double rate429,
        double dropAfterAccept,
        double slowReplyRate,
        long slowReplyMs,
        long delayedVisibilityMs,
        double malformedRate,
        boolean outage,
        long streamDropEverySeconds,
        long streamSilenceAfterSeconds) {

    public static final String LATENCY_MS = "latency_ms";
    public static final String LATENCY_JITTER_MS = "latency_jitter_ms";
    public static final String ERROR_RATE = "error_rate";
    public static final String RATE_429 = "rate429";
    public static final String DROP_AFTER_ACCEPT = "drop_after_accept";
    public static final String SLOW_REPLY_RATE = "slow_reply_rate";
    public static final String SLOW_REPLY_MS = "slow_reply_ms";
    public static final String DELAYED_VISIBILITY_MS = "delayed_visibility_ms";
    public static final String MALFORMED_RATE = "malformed_rate";
    public static final String OUTAGE_NAME = "outage";
    public static final String STREAM_DROP_EVERY_S = "stream_drop_every_s";
    public static final String STREAM_SILENCE_AFTER_S = "stream_silence_after_s";

    /** Every setting's wire name, in the order of the record (and of the JSON object). */
    public static final List<String> NAMES = List.of(LATENCY_MS, LATENCY_JITTER_MS, ERROR_RATE, RATE_429,
            DROP_AFTER_ACCEPT, SLOW_REPLY_RATE, SLOW_REPLY_MS, DELAYED_VISIBILITY_MS, MALFORMED_RATE, OUTAGE_NAME,
            STREAM_DROP_EVERY_S, STREAM_SILENCE_AFTER_S);

    /** No faults at all. */
    public static final FaultPlan NONE = new FaultPlan(0, 0, 0, 0, 0, 0, 0, 0, 0, false, 0, 0);

    /** A mildly unreliable broker: what a good client shrugs off without the user noticing. */
    public static final FaultPlan FLAKY = new FaultPlan(20, 20, 0.05, 0.02, 0.02, 0, 0, 100, 0, false, 0, 0);

    /**
     * A hostile broker for soak tests. slow_reply_ms 3000 is longer than the soak's 2 s client timeout, so
     * a slow reply always looks like a timeout to the client although the order was placed.
     */
    public static final FaultPlan CHAOS = new FaultPlan(30, 30, 0.10, 0.05, 0.10, 0.05, 3000, 300, 0.02, false, 20, 0);

    /** The REST/stream port refuses connections. */
    public static final FaultPlan OUTAGE = NONE.withOutage(true);

    private static final Map<String, FaultPlan> PRESETS = Map.of(
            "none", NONE, "flaky", FLAKY, "chaos", CHAOS, "outage", OUTAGE);

    /** Checks every value; the message names the offending setting. */
    public FaultPlan {
        requireTime(LATENCY_MS, latencyMs);
        requireTime(LATENCY_JITTER_MS, latencyJitterMs);
        requireRate(ERROR_RATE, errorRate);
        requireRate(RATE_429, rate429);
        requireRate(DROP_AFTER_ACCEPT, dropAfterAccept);
        requireRate(SLOW_REPLY_RATE, slowReplyRate);
        requireTime(SLOW_REPLY_MS, slowReplyMs);
        requireTime(DELAYED_VISIBILITY_MS, delayedVisibilityMs);
        requireRate(MALFORMED_RATE, malformedRate);
        requireTime(STREAM_DROP_EVERY_S, streamDropEverySeconds);
        requireTime(STREAM_SILENCE_AFTER_S, streamSilenceAfterSeconds);
    }

    /** The preset with this name ({@code none}, {@code flaky}, {@code chaos}, {@code outage}). */
    public static FaultPlan preset(String name) {
        FaultPlan preset = PRESETS.get(name.trim().toLowerCase(Locale.ROOT));
        if (preset == null) {
            throw new IllegalArgumentException("unknown fault preset: " + name + " (known: none, flaky, chaos, outage)");
        }
        return preset;
    }

    /** Whether {@code name} is a preset. */
    public static boolean isPreset(String name) {
        return PRESETS.containsKey(name.trim().toLowerCase(Locale.ROOT));
    }

    /**
     * Parses a spec string: {@code "flaky"}, {@code "error_rate=0.5,latency_ms=100"},
     * {@code "chaos,stream_drop_every_s=5"}. Blank means {@link #NONE}.
     *
     * @throws IllegalArgumentException naming the unknown preset or setting, or the bad value
     */
    public static FaultPlan parse(String spec) {
        FaultPlan plan = NONE;
        if (spec == null || spec.isBlank()) {
            return plan;
        }
        String[] parts = spec.split(",");
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i].trim();
            if (part.isEmpty()) {
                continue;
            }
            int eq = part.indexOf('=');
            if (eq < 0) {
                if (i != 0) {
                    throw new IllegalArgumentException("fault spec: a preset may only come first, got '" + part
                            + "'; settings need name=value");
                }
                plan = preset(part);
            } else {
                plan = plan.with(part.substring(0, eq).trim(), part.substring(eq + 1).trim());
            }
        }
        return plan;
    }

    /**
     * This plan with one setting changed, the value given as text ({@code "0.5"}, {@code "250"},
     * {@code "true"}).
     *
     * @throws IllegalArgumentException naming the unknown setting or the bad value
     */
    public FaultPlan with(String name, String value) {
        String key = name.trim();
        if (OUTAGE_NAME.equals(key)) {
            return withOutage(parseBoolean(key, value));
        }
        if (!NAMES.contains(key)) {
            throw new IllegalArgumentException("unknown fault setting: " + name + " (known: " + String.join(", ", NAMES) + ")");
        }
        return isRate(key) ? withNumber(key, parseRate(key, value)) : withNumber(key, parseTime(key, value));
    }

    /**
     * This plan with the given settings changed (the JSON form: numbers, booleans, or text). A
     * {@code "preset"} entry, if present, is applied first and the other entries override it; settings
     * not mentioned keep this plan's values.
     *
     * @throws IllegalArgumentException naming the unknown setting or the bad value
     */
    public FaultPlan withValues(Map<String, ?> values) {
        FaultPlan plan = this;
        Object preset = values.get("preset");
        if (preset != null) {
            plan = preset(String.valueOf(preset));
        }
        for (Map.Entry<String, ?> entry : values.entrySet()) {
            String key = entry.getKey();
            if ("preset".equals(key)) {
                continue;
            }
            Object value = entry.getValue();
            if (value == null) {
                throw new IllegalArgumentException("fault setting " + key + " must not be null");
            }
            if (OUTAGE_NAME.equals(key) && !(value instanceof Boolean) && !(value instanceof String)) {
                throw new IllegalArgumentException("fault setting outage must be true or false, got " + value);
            }
            if (!OUTAGE_NAME.equals(key) && value instanceof Boolean) {
                throw new IllegalArgumentException("fault setting " + key + " must be a number, got " + value);
            }
            plan = plan.with(key, String.valueOf(value));
        }
        return plan;
    }

    /** This plan with outage on or off. */
    public FaultPlan withOutage(boolean value) {
        return new FaultPlan(latencyMs, latencyJitterMs, errorRate, rate429, dropAfterAccept, slowReplyRate,
                slowReplyMs, delayedVisibilityMs, malformedRate, value, streamDropEverySeconds,
                streamSilenceAfterSeconds);
    }

    /** The settings by wire name, in {@link #NAMES} order: numbers, and a boolean for outage. */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(LATENCY_MS, latencyMs);
        map.put(LATENCY_JITTER_MS, latencyJitterMs);
        map.put(ERROR_RATE, errorRate);
        map.put(RATE_429, rate429);
        map.put(DROP_AFTER_ACCEPT, dropAfterAccept);
        map.put(SLOW_REPLY_RATE, slowReplyRate);
        map.put(SLOW_REPLY_MS, slowReplyMs);
        map.put(DELAYED_VISIBILITY_MS, delayedVisibilityMs);
        map.put(MALFORMED_RATE, malformedRate);
        map.put(OUTAGE_NAME, outage);
        map.put(STREAM_DROP_EVERY_S, streamDropEverySeconds);
        map.put(STREAM_SILENCE_AFTER_S, streamSilenceAfterSeconds);
        return map;
    }

    /**
     * The shortest spec that {@link #parse} turns back into this plan: the settings that differ from
     * {@code none}, or {@code "none"}.
     */
    public String toSpec() {
        StringBuilder spec = new StringBuilder();
        Map<String, Object> none = NONE.toMap();
        toMap().forEach((name, value) -> {
            if (!value.equals(none.get(name))) {
                spec.append(spec.length() == 0 ? "" : ",").append(name).append('=').append(value);
            }
        });
        return spec.length() == 0 ? "none" : spec.toString();
    }

    @Override
    public String toString() {
        return "FaultPlan[" + toSpec() + "]";
    }

    private FaultPlan withNumber(String name, double value) {
        long time = (long) value;
        return new FaultPlan(
                LATENCY_MS.equals(name) ? time : latencyMs,
                LATENCY_JITTER_MS.equals(name) ? time : latencyJitterMs,
                ERROR_RATE.equals(name) ? value : errorRate,
                RATE_429.equals(name) ? value : rate429,
                DROP_AFTER_ACCEPT.equals(name) ? value : dropAfterAccept,
                SLOW_REPLY_RATE.equals(name) ? value : slowReplyRate,
                SLOW_REPLY_MS.equals(name) ? time : slowReplyMs,
                DELAYED_VISIBILITY_MS.equals(name) ? time : delayedVisibilityMs,
                MALFORMED_RATE.equals(name) ? value : malformedRate,
                outage,
                STREAM_DROP_EVERY_S.equals(name) ? time : streamDropEverySeconds,
                STREAM_SILENCE_AFTER_S.equals(name) ? time : streamSilenceAfterSeconds);
    }

    private static boolean isRate(String name) {
        return name.endsWith("_rate") || RATE_429.equals(name) || DROP_AFTER_ACCEPT.equals(name);
    }

    private static double parseRate(String name, String text) {
        double value;
        try {
            value = Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("fault setting " + name + " must be a number from 0.0 to 1.0, got '"
                    + text + "'");
        }
        requireRate(name, value);
        return value;
    }

    private static long parseTime(String name, String text) {
        String trimmed = text.trim();
        long value;
        try {
            value = Long.parseLong(trimmed);
        } catch (NumberFormatException e) {
            // JSON numbers may arrive as 250.0; accept a whole double, refuse 2.5.
            try {
                double number = Double.parseDouble(trimmed);
                if (number != Math.rint(number) || Double.isInfinite(number)) {
                    throw new NumberFormatException();
                }
                value = (long) number;
            } catch (NumberFormatException notWhole) {
                throw new IllegalArgumentException("fault setting " + name + " must be a whole number, got '" + text + "'");
            }
        }
        requireTime(name, value);
        return value;
    }

    private static boolean parseBoolean(String name, String text) {
        String trimmed = text.trim().toLowerCase(Locale.ROOT);
        if ("true".equals(trimmed)) {
            return true;
        }
        if ("false".equals(trimmed)) {
            return false;
        }
        throw new IllegalArgumentException("fault setting " + name + " must be true or false, got '" + text + "'");
    }

    private static void requireRate(String name, double value) {
        if (!(value >= 0.0 && value <= 1.0)) {
            throw new IllegalArgumentException("fault setting " + name + " must be from 0.0 to 1.0, got " + value);
        }
    }

    private static void requireTime(String name, long value) {
        if (value < 0) {
            throw new IllegalArgumentException("fault setting " + name + " must not be negative, got " + value);
        }
    }
}
