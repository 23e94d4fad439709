package dev.breakwater.sim;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * The server's live counters: requests, replies by status, and faults injected. Thread-safe and cheap
 * to bump from request threads; {@link SimStats} is the snapshot handed out.
 */
final class ServerStats {

    private final LongAdder apiRequests = new LongAdder();
    private final LongAdder controlRequests = new LongAdder();
    private final LongAdder unauthorized = new LongAdder();
    private final LongAdder rateLimited = new LongAdder();
    private final Map<Integer, LongAdder> repliesByStatus = new ConcurrentHashMap<>();
    private final Map<FaultKind, LongAdder> faults = new EnumMap<>(FaultKind.class);
    private final Map<Integer, LongAdder> injectedErrors = new ConcurrentHashMap<>();

    ServerStats() {
        for (FaultKind kind : FaultKind.values()) {
            faults.put(kind, new LongAdder());
        }
    }

    void countApiRequest() {
        apiRequests.increment();
    }

    void countControlRequest() {
        controlRequests.increment();
    }

    void countUnauthorized() {
        unauthorized.increment();
    }

    /** A request refused by the real rate limiter (not an injected 429). */
    void countRateLimited() {
        rateLimited.increment();
    }

    /** The status a REST request was answered with (also for a cut connection: what would have been sent). */
    void countReply(int status) {
        repliesByStatus.computeIfAbsent(status, s -> new LongAdder()).increment();
    }

    void countFault(FaultKind kind) {
        faults.get(kind).increment();
    }

    void countInjectedError(int status) {
        injectedErrors.computeIfAbsent(status, s -> new LongAdder()).increment();
    }

    long apiRequests() {
        return apiRequests.sum();
    }

    long controlRequests() {
        return controlRequests.sum();
    }

    long unauthorized() {
        return unauthorized.sum();
    }

    long rateLimited() {
        return rateLimited.sum();
    }

    Map<Integer, Long> repliesByStatus() {
        return sums(repliesByStatus);
    }

    Map<FaultKind, Long> faults() {
        Map<FaultKind, Long> copy = new EnumMap<>(FaultKind.class);
        faults.forEach((kind, count) -> copy.put(kind, count.sum()));
        return copy;
    }

    Map<Integer, Long> injectedErrors() {
        return sums(injectedErrors);
    }

    private static Map<Integer, Long> sums(Map<Integer, LongAdder> counters) {
        Map<Integer, Long> copy = new TreeMap<>();
        counters.forEach((status, count) -> copy.put(status, count.sum()));
        return copy;
    }
}
