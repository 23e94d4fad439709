package dev.breakwater.sim;

import io.javalin.Javalin;
import java.util.concurrent.ScheduledExecutorService;

/** A tiny Javalin app on a free loopback port with the stream mounted at {@code /stream}, as the server will. */
final class StreamTestServer implements AutoCloseable {

    static final String KEY = "PKTEST";
    static final String SECRET = "s3cret";

    final TradeUpdatesStream stream;
    private final Javalin app;

    StreamTestServer(ScheduledExecutorService scheduler) {
        stream = new TradeUpdatesStream(KEY, SECRET, scheduler);
        app = Javalin.create(config -> {
            config.jetty.host = "127.0.0.1";
            config.jetty.port = 0;
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            // A REST route beside the stream, so the test also shows the two coexist.
            config.routes.get("/v2/clock", ctx -> ctx.result("{}"));
            stream.install(config, "/stream");
        }).start();
    }

    String streamUrl() {
        return "ws://127.0.0.1:" + app.port() + "/stream";
    }

    String httpUrl(String path) {
        return "http://127.0.0.1:" + app.port() + path;
    }

    @Override
    public void close() {
        stream.close();
        app.stop();
    }
}
