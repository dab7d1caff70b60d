package org.learncal.support;

import org.h2.tools.Server;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

/**
 * A database that a test can take away and give back: an H2 file database in a temporary folder, reached only
 * through an H2 TCP server on a free loopback port. Stopping the server cuts every connection and refuses new
 * ones, as a database server that went down does; the data is there again when the server starts again.
 */
public final class OutageDatabase implements AutoCloseable {
    private final int port;
    private final Path folder;
    private Server server;

    public OutageDatabase() {
        try (ServerSocket free = new ServerSocket(0)) {
            this.port = free.getLocalPort();
            this.folder = Files.createTempDirectory("learncal-outage");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        start();
    }

    public String url() {
        return "jdbc:h2:tcp://127.0.0.1:" + port + "/" + folder.resolve("learncal").toAbsolutePath();
    }

    /** Starts the server unless it runs. */
    public void start() {
        if (server != null && server.isRunning(false)) {
            return;
        }
        try {
            server = Server.createTcpServer("-tcpPort", Integer.toString(port), "-ifNotExists").start();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public void stop() {
        server.stop();
    }

    @Override
    public void close() {
        stop();
    }
}
