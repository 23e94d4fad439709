package dev.breakwater.broker.alpaca;

import dev.breakwater.broker.BrokerException;
import dev.breakwater.broker.Endpoint;
import dev.breakwater.broker.MalformedReplyException;
import dev.breakwater.broker.RateLimitStatus;
import dev.breakwater.broker.TransportException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One HTTP exchange with Alpaca: adds the key headers, executes exactly once, records the rate-limit
 * headers, and turns every failure into a {@link BrokerException}.
 *
 * <p>Whether a failed request may have taken effect is decided from what OkHttp reports per call: until
 * it starts writing the request headers nothing has left this process (refused connection, unknown host,
 * connect timeout, TLS failure); from then on the broker may have seen the request.
 */
final class AlpacaHttp implements AutoCloseable {

    /** A 2xx reply, body fully read. */
    record Reply(Endpoint endpoint, int status, byte[] body) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(AlpacaHttp.class);
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private final AlpacaConfig config;
    private final HttpUrl baseUrl;
    private final OkHttpClient client;
    private final boolean ownsClient;
    private final AtomicReference<RateLimitStatus> lastRateLimit = new AtomicReference<>();

    /** @param base an OkHttpClient to share a connection pool and dispatcher with, or null for a new one */
    AlpacaHttp(AlpacaConfig config, OkHttpClient base) {
        this.config = config;
        this.baseUrl = config.httpUrl();
        this.ownsClient = base == null;
        OkHttpClient.Builder builder = base == null ? new OkHttpClient.Builder() : base.newBuilder();
        EventListener.Factory inner = base == null ? null : base.eventListenerFactory();
        this.client = builder
                // OkHttp's silent resend on a dead connection could place an order twice; the
                // resilience layer decides about retries, with the client_order_id in hand.
                .retryOnConnectionFailure(false)
                // A redirect would carry the key headers to wherever it points.
                .followRedirects(false)
                .followSslRedirects(false)
                .connectTimeout(config.connectTimeout())
                .readTimeout(config.callTimeout())
                .writeTimeout(config.callTimeout())
                .callTimeout(config.callTimeout())
                .eventListenerFactory(call -> inner == null
                        ? new SendTracker.Listener()
                        : inner.create(call).plus(new SendTracker.Listener()))
                .build();
    }

    /** The base URL plus {@code segments}, each encoded as one path segment. */
    HttpUrl.Builder url(String... segments) {
        HttpUrl.Builder url = baseUrl.newBuilder();
        for (String segment : segments) {
            url.addPathSegment(segment);
        }
        return url;
    }

    Optional<RateLimitStatus> lastRateLimit() {
        return Optional.ofNullable(lastRateLimit.get());
    }

    /**
     * Sends one request and returns the 2xx reply.
     *
     * @param jsonBody the request body, or null for none
     * @throws BrokerException for any non-2xx reply or transport failure
     */
    Reply execute(Endpoint endpoint, String method, HttpUrl url, String jsonBody) {
        SendTracker tracker = new SendTracker();
        Request request = new Request.Builder()
                .url(url)
                .header("APCA-API-KEY-ID", config.keyId())
                .header("APCA-API-SECRET-KEY", config.secretKey())
                .header("Accept", "application/json")
                .method(method, jsonBody == null ? null : RequestBody.create(jsonBody, JSON))
                .tag(SendTracker.class, tracker)
                .build();
        long start = System.nanoTime();
        Call call = client.newCall(request);
        int status = 0;
        try (Response response = call.execute()) {
            status = response.code();
            RateLimitStatus rateLimit = rateLimit(response);
            if (rateLimit != null) {
                lastRateLimit.set(rateLimit);
            }
            byte[] body = readBody(endpoint, response);
            if (status < 200 || status > 299) {
                throw AlpacaErrors.map(endpoint, status, body, rateLimit, config.secretKey());
            }
            log(endpoint, method, url, String.valueOf(status), start);
            return new Reply(endpoint, status, body);
        } catch (IOException e) {
            boolean sent = tracker.sent();
            log(endpoint, method, url, (status == 0 ? "" : status + " ") + "failed: " + e.getClass().getSimpleName(), start);
            throw new TransportException(endpoint, describe(e, sent), sent, e);
        } catch (BrokerException e) {
            log(endpoint, method, url, status + " " + e.getClass().getSimpleName(), start);
            throw e;
        }
    }

    /**
     * The whole body. For a 2xx, a body cut short is a malformed reply (the broker answered yes, but not
     * readably), a timeout while reading it a transport failure; for an error reply an unreadable body
     * just means no message.
     */
    private static byte[] readBody(Endpoint endpoint, Response response) throws IOException {
        try {
            return response.body().bytes();
        } catch (InterruptedIOException e) {
            throw e;
        } catch (IOException e) {
            if (response.isSuccessful()) {
                throw new MalformedReplyException(endpoint, response.code(), "reply body cut short", e);
            }
            return new byte[0];
        }
    }

    private static String describe(IOException e, boolean sent) {
        String what = e instanceof InterruptedIOException ? "timed out" : "connection failed";
        String reason = e.getMessage() == null ? e.getClass().getSimpleName()
                : e.getClass().getSimpleName() + ": " + e.getMessage();
        return (sent ? what + " after the request was sent (" : what + " before the request was sent (") + reason + ")";
    }

    /** The X-RateLimit-* headers, or null unless all three are present and numeric. */
    static RateLimitStatus rateLimit(Response response) {
        try {
            String limit = response.header("X-RateLimit-Limit");
            String remaining = response.header("X-RateLimit-Remaining");
            String reset = response.header("X-RateLimit-Reset");
            if (limit == null || remaining == null || reset == null) {
                return null;
            }
            return new RateLimitStatus(Integer.parseInt(limit.strip()), Integer.parseInt(remaining.strip()),
                    Instant.ofEpochSecond(Long.parseLong(reset.strip())));
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** One line per call; the path and status only, never headers or bodies. */
    private static void log(Endpoint endpoint, String method, HttpUrl url, String outcome, long startNanos) {
        if (LOG.isDebugEnabled()) {
            long millis = (System.nanoTime() - startNanos) / 1_000_000;
            LOG.debug("alpaca {} {} {} -> {} in {} ms", endpoint.tag(), method, url.encodedPath(), outcome, millis);
        }
    }

    @Override
    public String toString() {
        return "baseUrl=" + baseUrl; // never the config: it holds the key pair
    }

    @Override
    public void close() {
        if (ownsClient) {
            client.dispatcher().executorService().shutdown();
            client.connectionPool().evictAll();
        }
    }

    /** Records whether OkHttp began writing the request, i.e. whether it may have reached the broker. */
    static final class SendTracker {
        private volatile boolean sent;

        boolean sent() {
            return sent;
        }

        static final class Listener extends EventListener {
            @Override
            public void requestHeadersStart(Call call) {
                SendTracker tracker = call.request().tag(SendTracker.class);
                if (tracker != null) {
                    tracker.sent = true;
                }
            }
        }
    }
}
