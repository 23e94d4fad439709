package dev.breakwater.sim;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;

/**
 * The replies the REST front writes itself, in Alpaca's shapes. Everything else comes from
 * {@link SimWire}.
 */
final class ApiReplies {

    static final String JSON = "application/json; charset=utf-8";

    /** Alpaca's 401 body: a message and no code. */
    static final byte[] UNAUTHORIZED = ascii("{\"message\":\"unauthorized\"}");
    /** Alpaca's 429 body. */
    static final byte[] RATE_LIMITED = ascii("{\"code\":42910000,\"message\":\"rate limit exceeded\"}");
    /** The reply to a path that is no REST endpoint. */
    static final byte[] ENDPOINT_NOT_FOUND = ascii("{\"code\":40410000,\"message\":\"endpoint not found\"}");
    /** An unexpected failure inside the simulator (a bug, not an injected fault). */
    static final byte[] INTERNAL_ERROR = ascii("{\"code\":50010000,\"message\":\"internal server error\"}");

    private ApiReplies() {
    }

    /** A JSON reply. */
    static void json(Context ctx, int status, byte[] body) {
        ctx.status(status).contentType(JSON).result(body);
    }

    /** An Alpaca error reply for a rejection. */
    static void rejection(Context ctx, SimRejection rejection) {
        json(ctx, rejection.httpStatus(), SimWire.error(rejection));
    }

    /**
     * An injected 5xx. 500 and 503 come as Alpaca's JSON error; 502 and 504 as the HTML page a gateway in
     * front of the API would send, because that is what a real outage looks like and a client must not
     * expect JSON from every error.
     */
    static void injectedError(Context ctx, int status) {
        switch (status) {
            case 500 -> json(ctx, 500, INTERNAL_ERROR);
            case 503 -> json(ctx, 503, ascii("{\"code\":50310000,\"message\":\"service unavailable\"}"));
            case 502 -> gatewayPage(ctx, 502, "Bad Gateway");
            case 504 -> gatewayPage(ctx, 504, "Gateway Time-out");
            default -> throw new IllegalArgumentException("not an injected error status: " + status);
        }
    }

    private static void gatewayPage(Context ctx, int status, String reason) {
        ctx.status(status).contentType("text/html").result(ascii("<html>\r\n<head><title>" + status + " " + reason
                + "</title></head>\r\n<body>\r\n<center><h1>" + status + " " + reason
                + "</h1></center>\r\n</body>\r\n</html>\r\n"));
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
