package org.learncal.db;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The connection pool, refusing at once while the database is known to be down. Without it every request
 * waits the pool's connection timeout before its 503. The verdict "down" is reached only when the pool timed
 * out because it could not open connections to the database (its timeout then carries the database's own
 * failure), never when it was only busy; from then on one background probe waits on the pool, and the verdict
 * ends as soon as the pool hands it a working connection. So a request is refused at once only while the pool
 * could not have served it either.
 */
final class FailFastDataSource implements DataSource {
    private static final Logger LOG = LoggerFactory.getLogger(FailFastDataSource.class);
    /** Between two probes that failed at once (a pool that waits, waits its own timeout). */
    private static final long PROBE_PAUSE_MILLIS = 100;

    private final DataSource pool;
    private final AtomicBoolean probing = new AtomicBoolean();
    private volatile Instant downSince;

    FailFastDataSource(DataSource pool) {
        this.pool = pool;
    }

    @Override
    public Connection getConnection() throws SQLException {
        Instant since = downSince;
        if (since != null) {
            throw new Unavailable.KnownDown(since);
        }
        try {
            return pool.getConnection();
        } catch (SQLException failure) {
            if (failure.getCause() != null && Unavailable.causedBy(failure.getCause())) {
                down(failure);
            }
            throw failure;
        }
    }

    private void down(SQLException failure) {
        if (probing.compareAndSet(false, true)) {
            downSince = Instant.now();
            LOG.warn("Database unreachable, refusing at once until a probe reaches it: {}", failure.toString());
            Thread probe = new Thread(this::probeUntilReached, "database-probe");
            probe.setDaemon(true);
            probe.start();
        }
    }

    /** Ends the verdict when the pool lends a valid connection, or gives up on a failure of another kind. */
    private void probeUntilReached() {
        try {
            while (true) {
                try (Connection connection = pool.getConnection()) {
                    if (connection.isValid(1)) {
                        LOG.info("Database reachable again");
                        return;
                    }
                } catch (SQLException failure) {
                    if (!Unavailable.causedBy(failure)) {
                        return; // a closed pool, say: let requests meet it themselves
                    }
                }
                Thread.sleep(PROBE_PAUSE_MILLIS);
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } finally {
            downSince = null;
            probing.set(false);
        }
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return pool.getConnection(username, password);
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return pool.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        pool.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        pool.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return pool.getLoginTimeout();
    }

    @Override
    public java.util.logging.Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return pool.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return type.isInstance(this) ? type.cast(this) : pool.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || pool.isWrapperFor(type);
    }
}
