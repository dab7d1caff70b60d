package org.learncal.db;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.core.annotation.Nullable;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;

/**
 * Opens the embedded H2 file on a thread of its own as soon as the context starts, while the main thread goes on
 * making beans, so that the pool's first connection finds the database open. Opening the file (replaying its
 * metadata) was a tenth of the start, on the main thread. It only opens a database that exists
 * ({@code IFEXISTS=TRUE}): a new one is made by the pool, as before. Its connection stays open until the pool
 * has one, because H2 closes (and compacts) a database when its last connection closes.
 */
@Context
@Requires(property = "datasources.default.url", pattern = "jdbc:h2:file:.*")
final class EarlyOpen implements BeanCreatedEventListener<DataSource> {
    private static final Logger LOG = LoggerFactory.getLogger(EarlyOpen.class);

    private final CompletableFuture<Connection> opened;

    EarlyOpen(@Property(name = "datasources.default.url") String url,
              @Property(name = "datasources.default.username") @Nullable String user,
              @Property(name = "datasources.default.password") @Nullable String password) {
        FsyncFilePath.register();
        opened = CompletableFuture.supplyAsync(() -> open(url + ";IFEXISTS=TRUE", user, password),
                runnable -> {
                    Thread thread = new Thread(runnable, "h2-early-open");
                    thread.setDaemon(true);
                    thread.start();
                });
    }

    private static Connection open(String url, String user, String password) {
        try {
            return DriverManager.getConnection(url, user, password == null ? "" : password);
        } catch (SQLException notOpened) {
            LOG.debug("H2 not opened early: {}", notOpened.getMessage());
            return null;
        }
    }

    /** The connection opened early, or null when the database did not exist yet or could not be opened. */
    Connection connection() {
        return opened.join();
    }

    @Override
    public DataSource onCreated(BeanCreatedEvent<DataSource> event) {
        close();
        return event.getBean();
    }

    @PreDestroy
    void close() {
        Connection connection = connection();
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // the pool holds the database open; nothing was read or written on this connection
            }
        }
    }
}
