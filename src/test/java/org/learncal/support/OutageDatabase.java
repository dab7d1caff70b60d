package org.learncal.support;

import org.h2.tools.Server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A database that a test can take away and give back: an in-memory H2 behind an H2 TCP server, reached only
 * through a loopback TCP relay of ours. Stopping the relay cuts every open connection and refuses new ones, as
 * a database server that went down does; starting it again on the same port brings the same data back.
 */
public final class OutageDatabase implements AutoCloseable {
    private final Server h2;
    private final int port;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private volatile ServerSocket relay;

    public OutageDatabase() {
        try {
            h2 = Server.createTcpServer("-tcpPort", "0", "-ifNotExists").start();
            try (ServerSocket free = new ServerSocket(0)) {
                port = free.getLocalPort();
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException(e);
        }
        start();
    }

    /**
     * {@code more} and the datasource settings for this database, H2 whatever the environment says (the suite
     * also runs with DATASOURCES_DEFAULT_* pointing at PostgreSQL).
     */
    public Map<String, Object> properties(Map<String, Object> more) {
        Map<String, Object> properties = new HashMap<>(more);
        properties.put("datasources.default.url",
                "jdbc:h2:tcp://127.0.0.1:" + port + "/mem:outage-" + port + ";DB_CLOSE_DELAY=-1");
        properties.put("datasources.default.dialect", "H2");
        properties.put("datasources.default.username", "sa");
        properties.put("datasources.default.password", "");
        return properties;
    }

    /** Accepts connections again (unless it does). */
    public synchronized void start() {
        if (relay != null) {
            return;
        }
        relay = bind();
        ServerSocket socket = relay;
        daemon(() -> accept(socket));
    }

    /** Binds the relay's port again; connections cut a moment ago may hold it for a little while. */
    private ServerSocket bind() {
        for (int attempt = 1; ; attempt++) {
            try {
                ServerSocket socket = new ServerSocket();
                socket.setReuseAddress(true);
                socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
                return socket;
            } catch (IOException e) {
                if (attempt == 50) {
                    throw new IllegalStateException(e);
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(interrupted);
                }
            }
        }
    }

    /** Cuts every connection and refuses new ones. */
    public synchronized void stop() {
        close(relay);
        relay = null;
        open.forEach(OutageDatabase::close);
        open.clear();
    }

    @Override
    public void close() {
        stop();
        h2.stop();
    }

    private void accept(ServerSocket socket) {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                open.add(client);
                Socket database = new Socket(InetAddress.getLoopbackAddress(), h2.getPort());
                open.add(database);
                if (socket.isClosed()) {
                    close(client);
                    close(database);
                    return;
                }
                pipe(client, database);
                pipe(database, client);
            } catch (IOException closed) {
                return;
            }
        }
    }

    private static void pipe(Socket from, Socket to) {
        daemon(() -> {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
            } catch (IOException cut) {
                // the relay was stopped, or one side went away
            } finally {
                close(from);
                close(to);
            }
        });
    }

    private static void daemon(Runnable task) {
        Thread thread = new Thread(task, "outage-relay");
        thread.setDaemon(true);
        thread.start();
    }

    private static void close(java.io.Closeable closeable) {
        try {
            if (closeable != null) {
                closeable.close();
            }
        } catch (IOException ignored) {
            // closing anyway
        }
    }
}
