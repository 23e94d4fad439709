package dev.breakwater.journal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.h2.engine.SysProperties;
import org.h2.tools.Server;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Desk mode: one journal file shared by several consoles on one machine, through an H2 TCP server
 * listening on loopback only. Consoles open it with {@code H2OrderJournal.open(server.jdbcUrl())}; the
 * client_order_id primary key and the journal's compare-and-set updates keep two consoles from both
 * creating or both releasing one intent.
 *
 * <p>Why not {@code AUTO_SERVER=TRUE}: its server listens on all interfaces. H2 has no per-server bind
 * option; it binds every TCP server to the {@code h2.bindAddress} system property, read once when H2
 * loads. The journal sets it to {@code 127.0.0.1} before H2 loads (unless the user set it), and this
 * class refuses to start when it is anything but a loopback address. Remote connections are also
 * refused ({@code -tcpAllowOthers} off), and only the existing journal can be opened ({@code -ifExists},
 * {@code -baseDir} = the journal's folder).
 *
 * <p>The server process holds the file open itself with {@code WRITE_DELAY=0}: that setting belongs to
 * the database, not to a client, so the owner must set it. Closing the server compacts the file.
 *
 * <p>Limitation: any process of any user on this machine that can reach loopback can connect (H2's
 * default user has no password). Desk mode is for a machine used by one trading desk.
 */
public final class JournalServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(JournalServer.class);

    private final Server server;
    private final Connection owner;
    private final String clientUrl;
    private final JournalUrl fileUrl;

    private JournalServer(Server server, Connection owner, String clientUrl, JournalUrl fileUrl) {
        this.server = server;
        this.owner = owner;
        this.clientUrl = clientUrl;
        this.fileUrl = fileUrl;
    }

    /**
     * Serves the journal at {@code basePath} (the file without {@code .mv.db}; created if missing) on a
     * free loopback port.
     *
     * @throws JournalUnavailableException the file is in use, damaged or unwritable, or H2 would not
     *                                     bind to loopback
     */
    public static JournalServer start(Path basePath) {
        JournalDatabase.init();
        InetAddress bind = bindAddress();
        Path base = basePath.toAbsolutePath().normalize();
        JournalUrl fileUrl = JournalUrl.parse("jdbc:h2:file:" + base.toString().replace('\\', '/'));
        Connection owner = JournalDatabase.connect(fileUrl);
        try {
            try {
                new SchemaMigrations(SchemaMigrations.ALL).migrate(owner, fileUrl.location());
            } catch (SQLException e) {
                throw JournalErrors.onOpen(fileUrl, e);
            }
            Server server = Server.createTcpServer("-tcpPort", "0", "-tcpDaemon", "-ifExists",
                    "-baseDir", base.getParent().toString()).start();
            String clientUrl = "jdbc:h2:tcp://" + bind.getHostAddress() + ":" + server.getPort() + "/"
                    + base.getFileName();
            LOG.info("journal {} served on {}", fileUrl.location(), clientUrl);
            return new JournalServer(server, owner, clientUrl, fileUrl);
        } catch (SQLException e) {
            JournalDatabase.closeQuietly(owner);
            throw new JournalUnavailableException("journal server for " + fileUrl.location() + " could not start: "
                    + e.getMessage(), e);
        } catch (RuntimeException e) {
            JournalDatabase.closeQuietly(owner);
            throw e;
        }
    }

    private static InetAddress bindAddress() {
        String configured = SysProperties.BIND_ADDRESS;
        try {
            InetAddress address = configured == null || configured.isEmpty() ? null : InetAddress.getByName(configured);
            if (address == null || !address.isLoopbackAddress()) {
                throw new JournalUnavailableException("the desk journal server would listen on "
                        + (address == null ? "all network interfaces" : configured) + ": H2 was loaded before"
                        + " Breakwater could bind it to loopback, or h2.bindAddress was set. Start Breakwater with"
                        + " -Dh2.bindAddress=127.0.0.1", null);
            }
            return address;
        } catch (UnknownHostException e) {
            throw new JournalUnavailableException("h2.bindAddress " + configured + " is not an address", e);
        }
    }

    /** The URL consoles open the shared journal with ({@code jdbc:h2:tcp://127.0.0.1:port/name}). */
    public String jdbcUrl() {
        return clientUrl;
    }

    /** The port the server listens on, on loopback. */
    public int port() {
        return server.getPort();
    }

    /** Stops serving, then compacts and closes the file. Connected consoles lose their journal. */
    @Override
    public void close() {
        server.stop();
        try (Statement statement = owner.createStatement()) {
            statement.execute("SHUTDOWN COMPACT");
        } catch (SQLException e) {
            LOG.warn("journal {}: compaction on close failed; the journal is intact but larger", fileUrl.location(), e);
        } finally {
            JournalDatabase.closeQuietly(owner);
        }
    }
}
