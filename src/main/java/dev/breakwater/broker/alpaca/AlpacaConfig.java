package dev.breakwater.broker.alpaca;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;

/**
 * Where and how the REST client talks to Alpaca: the trading base URL (the server origin, without
 * {@code /v2}), the key pair, and the timeouts.
 *
 * <p>Plain {@code http://} is refused for every host that is not loopback, so the secret key never
 * crosses a network unencrypted; a local simulator on {@code http://127.0.0.1:PORT} is fine.
 * {@link #toString()} masks the secret (and most of the key id).
 *
 * @param baseUrl        trading API origin, e.g. {@link #PAPER}, {@link #LIVE} or a simulator's URL;
 *                       a trailing slash is dropped
 * @param keyId          sent as {@code APCA-API-KEY-ID}
 * @param secretKey      sent as {@code APCA-API-SECRET-KEY}; never logged or printed
 * @param connectTimeout time allowed to open the TCP (and TLS) connection; null means 10 s
 * @param callTimeout    time allowed for the whole call, connect to last byte; null means 30 s
 */
public record AlpacaConfig(String baseUrl, String keyId, String secretKey, Duration connectTimeout,
                           Duration callTimeout) {

    /** Alpaca's paper-trading API. */
    public static final String PAPER = "https://paper-api.alpaca.markets";
    /** Alpaca's live-trading API: real money. */
    public static final String LIVE = "https://api.alpaca.markets";

    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofSeconds(30);

    public static final String ENV_KEY_ID = "APCA_API_KEY_ID";
    public static final String ENV_SECRET_KEY = "APCA_API_SECRET_KEY";
    public static final String ENV_BASE_URL = "APCA_API_BASE_URL";

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    public AlpacaConfig {
        baseUrl = validateBaseUrl(baseUrl);
        keyId = validateKey(keyId, "key id");
        secretKey = validateKey(secretKey, "secret key");
        connectTimeout = positive(connectTimeout == null ? DEFAULT_CONNECT_TIMEOUT : connectTimeout, "connect timeout");
        callTimeout = positive(callTimeout == null ? DEFAULT_CALL_TIMEOUT : callTimeout, "call timeout");
    }

    /** A configuration with the default timeouts. */
    public AlpacaConfig(String baseUrl, String keyId, String secretKey) {
        this(baseUrl, keyId, secretKey, null, null);
    }

    /**
     * Reads {@code APCA_API_KEY_ID}, {@code APCA_API_SECRET_KEY} and (optionally, default {@link #PAPER})
     * {@code APCA_API_BASE_URL}, the variables Alpaca's own SDKs use. Pass {@code System.getenv()}.
     *
     * @throws IllegalArgumentException naming the variable that is missing or wrong (never its value)
     */
    public static AlpacaConfig fromEnvironment(Map<String, String> env) {
        Objects.requireNonNull(env, "env");
        String keyId = trimmed(env.get(ENV_KEY_ID));
        String secret = trimmed(env.get(ENV_SECRET_KEY));
        String baseUrl = trimmed(env.get(ENV_BASE_URL));
        if (keyId == null) {
            throw new IllegalArgumentException(ENV_KEY_ID + " is not set");
        }
        if (secret == null) {
            throw new IllegalArgumentException(ENV_SECRET_KEY + " is not set");
        }
        return new AlpacaConfig(baseUrl == null ? PAPER : baseUrl, keyId, secret);
    }

    /** This configuration with other timeouts. */
    public AlpacaConfig withTimeouts(Duration connect, Duration call) {
        return new AlpacaConfig(baseUrl, keyId, secretKey, connect, call);
    }

    /** True when this points at Alpaca's live (real money) API. */
    public boolean isLive() {
        return HttpUrl.get(baseUrl).host().equals(HttpUrl.get(LIVE).host());
    }

    /** The base URL parsed; always valid, checked at construction. */
    HttpUrl httpUrl() {
        return HttpUrl.get(baseUrl);
    }

    @Override
    public String toString() {
        return "AlpacaConfig[baseUrl=" + baseUrl + ", keyId=" + maskKeyId(keyId) + ", secretKey=****"
                + ", connectTimeout=" + connectTimeout + ", callTimeout=" + callTimeout + "]";
    }

    private static String maskKeyId(String keyId) {
        return keyId.length() > 8 ? "****" + keyId.substring(keyId.length() - 4) : "****";
    }

    private static String validateBaseUrl(String baseUrl) {
        if (baseUrl == null || baseUrl.isBlank()) {
            throw new IllegalArgumentException("Alpaca base URL is missing");
        }
        HttpUrl url = HttpUrl.parse(baseUrl.strip());
        if (url == null) {
            // Not echoed: a mis-pasted variable could hold a key.
            throw new IllegalArgumentException("Alpaca base URL is not an absolute http:// or https:// URL");
        }
        if (!url.username().isEmpty() || !url.password().isEmpty()) {
            throw new IllegalArgumentException("Alpaca base URL must not carry credentials");
        }
        if (url.query() != null || url.fragment() != null) {
            throw new IllegalArgumentException("Alpaca base URL must not have a query or fragment: " + url.redact());
        }
        if (!url.isHttps() && !isLoopback(url.host())) {
            throw new IllegalArgumentException("Refusing plain http:// to " + url.host()
                    + ": the API keys would cross the network unencrypted; use https:// (http:// is allowed"
                    + " only for loopback hosts such as 127.0.0.1, localhost or ::1)");
        }
        String normalized = url.toString();
        while (normalized.endsWith("/")) {
            normalized = normalized.substring(0, normalized.length() - 1);
        }
        if (normalized.endsWith("/v2")) {
            throw new IllegalArgumentException("Alpaca base URL must be the server origin without /v2, e.g. " + PAPER);
        }
        return normalized;
    }

    /**
     * Loopback by literal only: {@code localhost}, an IPv4 address in 127.0.0.0/8 or {@code ::1}. No name
     * is resolved, so a DNS answer cannot turn a remote host into an "allowed" one.
     */
    static boolean isLoopback(String host) {
        if (host.equals("localhost")) {
            return true;
        }
        if (!host.contains(":") && !IPV4.matcher(host).matches()) {
            return false;
        }
        try {
            return InetAddress.getByName(host).isLoopbackAddress(); // a literal: no DNS lookup
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static String validateKey(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Alpaca " + what + " is missing");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x21 || c > 0x7e) {
                // The value itself is never quoted: it may be the secret.
                throw new IllegalArgumentException("Alpaca " + what + " contains a character (position " + (i + 1)
                        + ") that cannot be sent in an HTTP header");
            }
        }
        return value;
    }

    private static Duration positive(Duration value, String what) {
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(what + " must be positive: " + value);
        }
        return value;
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
