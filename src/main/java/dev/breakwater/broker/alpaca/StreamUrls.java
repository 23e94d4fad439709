package dev.breakwater.broker.alpaca;

import okhttp3.HttpUrl;

/** The {@code trade_updates} WebSocket address: derived from the REST base URL, or given and checked. */
final class StreamUrls {

    private StreamUrls() {
    }

    /** {@code http://h:p} becomes {@code ws://h:p/stream}, {@code https://h} becomes {@code wss://h/stream}. */
    static String derive(AlpacaConfig config) {
        String http = config.httpUrl().newBuilder().encodedPath("/stream").query(null).fragment(null).build().toString();
        return "ws" + http.substring("http".length());
    }

    /**
     * A {@code ws://} or {@code wss://} URL; plain {@code ws://} only to a loopback host, for the same reason
     * {@link AlpacaConfig} refuses plain {@code http://}: the credentials are the first thing sent.
     */
    static String checked(String url) {
        if (url == null || !(url.startsWith("ws://") || url.startsWith("wss://"))) {
            throw new IllegalArgumentException("trade stream URL must start with ws:// or wss://");
        }
        HttpUrl parsed = HttpUrl.parse("http" + url.substring("ws".length()));
        if (parsed == null || !parsed.username().isEmpty() || !parsed.password().isEmpty()) {
            throw new IllegalArgumentException("trade stream URL is not a valid ws:// or wss:// URL without credentials");
        }
        if (!parsed.isHttps() && !AlpacaConfig.isLoopback(parsed.host())) {
            throw new IllegalArgumentException("Refusing plain ws:// to " + parsed.host()
                    + ": the API keys would cross the network unencrypted; use wss://");
        }
        return url;
    }
}
