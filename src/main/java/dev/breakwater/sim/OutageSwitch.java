package dev.breakwater.sim;

import org.eclipse.jetty.server.ServerConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code outage} fault: really closes the API port, so clients get "connection refused", and
 * reopens it on the same port number when the outage ends.
 *
 * <p>Stopping the Jetty connector closes its listening socket and every connection it holds (idle
 * keep-alive ones, requests in flight, {@code trade_updates} WebSockets): a client sees exactly what a
 * crashed broker looks like. The control port is a separate connector and stays open, so the outage can
 * be ended over HTTP. Jetty's connectors bind with {@code SO_REUSEADDR}, so the port can be taken again at
 * once; if another process grabbed it meanwhile, ending the outage fails with an
 * {@link IllegalStateException}.
 */
final class OutageSwitch {

    private static final Logger LOG = LoggerFactory.getLogger(OutageSwitch.class);

    private final ServerConnector connector;
    private final int port;
    private final ServerStats stats;

    /** @param connector the started API connector */
    OutageSwitch(ServerConnector connector, ServerStats stats) {
        this.connector = connector;
        this.port = connector.getLocalPort();
        this.stats = stats;
    }

    /** Opens or closes the API port; nothing happens if it is already in that state. */
    synchronized void set(boolean outage) {
        try {
            if (outage && connector.isStarted()) {
                connector.stop();
                stats.countFault(FaultKind.OUTAGE);
                LOG.info("simulated outage: port {} closed", port);
            } else if (!outage && !connector.isStarted()) {
                // The connector was built for port 0; pin the number it had so clients find it again.
                connector.setPort(port);
                connector.start();
                LOG.info("simulated outage over: port {} open again", port);
            }
        } catch (Exception e) {
            throw new IllegalStateException("could not " + (outage ? "close" : "reopen") + " port " + port, e);
        }
    }

    synchronized boolean isOpen() {
        return connector.isStarted();
    }
}
