package dev.breakwater.sim;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every REST request ({@code /v2/...}) goes through, around its route handler. The order of the
 * steps is part of the simulator's contract:
 * <ol>
 *   <li><b>latency</b> (latency_ms ± latency_jitter_ms), as the network would add it;</li>
 *   <li><b>authentication</b>: bad or missing key pair → 401 {@code {"message":"unauthorized"}}. Not
 *       charged to any quota; the rate-limit headers show the presented key's quota unchanged;</li>
 *   <li><b>rate limit</b> ({@link RateLimiter}): counts the request; past the limit → 429
 *       {@code {"code":42910000,"message":"rate limit exceeded"}};</li>
 *   <li><b>injected 429</b> (rate429): the same body, headers {@code Remaining: 0} and a reset one second
 *       ahead (a burst throttle that a client honouring the headers waits out briefly);</li>
 *   <li><b>injected error</b> (error_rate): 500/502/503/504 without handling the request (nothing is
 *       placed or changed);</li>
 *   <li><b>the handler</b>; a {@link SimRejection} becomes Alpaca's error reply;</li>
 *   <li><b>reply faults</b>, for a successful placement only: drop_after_accept cuts the connection
 *       (no reply at all), else slow_reply holds the reply back; then, for any 2xx reply with a body,
 *       malformed_rate cuts the body short.</li>
 * </ol>
 * Once rate limiting is on, every reply from step 2 on carries {@code X-RateLimit-Limit},
 * {@code X-RateLimit-Remaining} and {@code X-RateLimit-Reset} (Unix seconds). With the limit set to 0
 * there is no quota and no headers, except on injected 429s, which always carry them.
 *
 * <p>The pipeline wraps each route's handler rather than using Javalin's before/after filters, so the
 * steps are in one place in one order, whatever Javalin does with filters on skipped or failed requests.
 */
final class ApiPipeline {

    private static final Logger LOG = LoggerFactory.getLogger(ApiPipeline.class);

    static final String LIMIT_HEADER = "X-RateLimit-Limit";
    static final String REMAINING_HEADER = "X-RateLimit-Remaining";
    static final String RESET_HEADER = "X-RateLimit-Reset";

    /** The limit reported on injected 429s when the real limiter is off: Alpaca's. */
    private static final int ALPACA_LIMIT = 200;

    private final ApiKeyAuth auth;
    private final RateLimiter limiter;
    private final FaultInjector faults;
    private final ServerStats stats;
    private final Clock clock;

    ApiPipeline(ApiKeyAuth auth, RateLimiter limiter, FaultInjector faults, ServerStats stats, Clock clock) {
        this.auth = auth;
        this.limiter = limiter;
        this.faults = faults;
        this.stats = stats;
        this.clock = clock;
    }

    /** A REST handler run through the pipeline. */
    Handler wrap(Handler route) {
        return ctx -> run(ctx, route, false);
    }

    /** An order-placing handler: like {@link #wrap}, plus the placement reply faults. */
    Handler wrapPlacement(Handler route) {
        return ctx -> run(ctx, route, true);
    }

    private void run(Context ctx, Handler route, boolean placement) {
        stats.countApiRequest();
        faults.applyLatency();
        if (!admitted(ctx)) {
            stats.countReply(ctx.statusCode());
            return;
        }
        try {
            route.handle(ctx);
        } catch (SimRejection rejection) {
            ApiReplies.rejection(ctx, rejection);
        } catch (Exception e) {
            LOG.warn("simulator failed on {} {}", ctx.method(), ctx.path(), e);
            ApiReplies.json(ctx, 500, ApiReplies.INTERNAL_ERROR);
        }
        int status = ctx.statusCode();
        stats.countReply(status);
        boolean success = status >= 200 && status < 300;
        if (placement && success) {
            if (faults.dropAfterAccept()) {
                Connections.cut(ctx);
                return;
            }
            Duration slow = faults.slowReply();
            if (!slow.isZero()) {
                faults.pause(slow);
            }
        }
        if (success && status != 204 && faults.malformed()) {
            truncateBody(ctx);
        }
    }

    /** Steps 2 to 5: whether the request reaches its handler; if not, the reply is written. */
    private boolean admitted(Context ctx) {
        String keyId = ctx.header(ApiKeyAuth.KEY_HEADER);
        if (!auth.accepts(keyId, ctx.header(ApiKeyAuth.SECRET_HEADER))) {
            stats.countUnauthorized();
            if (limiter.enabled()) {
                quotaHeaders(ctx, limiter.peek(keyId == null ? "" : keyId));
            }
            ApiReplies.json(ctx, 401, ApiReplies.UNAUTHORIZED);
            return false;
        }
        if (limiter.enabled()) {
            RateLimiter.Quota quota = limiter.acquire(keyId);
            quotaHeaders(ctx, quota);
            if (!quota.allowed()) {
                stats.countRateLimited();
                ApiReplies.json(ctx, 429, ApiReplies.RATE_LIMITED);
                return false;
            }
        }
        if (faults.inject429()) {
            long reset = RateLimiter.ceilSecond(clock.instant().plusSeconds(1));
            quotaHeaders(ctx, new RateLimiter.Quota(limiter.enabled() ? limiter.limit() : ALPACA_LIMIT, 0, reset, false));
            ApiReplies.json(ctx, 429, ApiReplies.RATE_LIMITED);
            return false;
        }
        int errorStatus = faults.injectedErrorStatus();
        if (errorStatus != 0) {
            ApiReplies.injectedError(ctx, errorStatus);
            return false;
        }
        return true;
    }

    private static void quotaHeaders(Context ctx, RateLimiter.Quota quota) {
        ctx.header(LIMIT_HEADER, String.valueOf(quota.limit()));
        ctx.header(REMAINING_HEADER, String.valueOf(quota.remaining()));
        ctx.header(RESET_HEADER, String.valueOf(quota.resetEpochSecond()));
    }

    /**
     * Keeps the first half of the body. Any proper prefix of a JSON object or array is invalid JSON (an
     * opened bracket is never closed), so the client's parser must fail, while status and headers still
     * say 2xx and JSON.
     */
    private static void truncateBody(Context ctx) {
        byte[] body;
        try (InputStream in = ctx.resultInputStream()) {
            body = in == null ? new byte[0] : in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("reading a reply held in memory", e);
        }
        int end = body.length;
        while (end > 0 && Character.isWhitespace(body[end - 1])) {
            end--;
        }
        ctx.result(Arrays.copyOf(body, Math.max(0, Math.min(end - 1, Math.max(1, end / 2)))));
    }
}
