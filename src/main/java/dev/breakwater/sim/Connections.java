package dev.breakwater.sim;

import io.javalin.http.Context;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;

/** What the fault injector does to a request's TCP connection, below HTTP. */
final class Connections {

    private Connections() {
    }

    /**
     * Closes the connection under this request before any byte of the reply is written: the client
     * reads end-of-stream where it waits for the status line (OkHttp: "unexpected end of stream"), the
     * way a broker that crashed right after committing the order looks from outside. Whatever the
     * handler still writes afterwards goes nowhere.
     */
    static void cut(Context ctx) {
        ServletContextRequest request = ServletContextRequest.getServletContextRequest(ctx.req());
        request.getConnectionMetaData().getConnection().getEndPoint().close();
    }
}
