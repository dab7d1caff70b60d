package org.learncal.catalog;

import io.micronaut.core.annotation.Nullable;
import org.h2.api.Trigger;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The H2 trigger on {@code catalog_version} (migration V195, H2 only), kept by the engine of an embedded
 * database, which runs in this JVM: every statement that writes the version, from any connection of any
 * instance in this JVM, raw SQL included, passes here before it can commit (and a remote client's writes run
 * in this engine too). It keeps the highest version ever written, committed or not. So a version read from
 * the database at or above that highest one is still the committed version for as long as no later write
 * comes by (see {@link CatalogVersion#latest}). The engine of an embedded database is known by its H2
 * {@code Database} object: a database closed and opened again is another engine with another watch.
 * The class name is stored in the schema: renaming it needs a migration.
 */
public final class CatalogWrites implements Trigger {
    private static final int VERSION_COLUMN = 1;
    private static final Map<Object, Watch> WATCHES = new WeakHashMap<>();

    /** The writes of one open database engine. */
    static final class Watch {
        private long highestWritten = Long.MIN_VALUE;
        private boolean open = true;

        synchronized void written(@Nullable Object version) {
            highestWritten = version instanceof Long value ? Math.max(highestWritten, value) : Long.MAX_VALUE;
        }

        /** True while this engine is open and {@code version} is not below any version written in it. */
        synchronized boolean unchangedSince(long version) {
            return open && version >= highestWritten;
        }

        synchronized void closed() {
            open = false;
        }
    }

    private Watch watch;

    /**
     * The watch of the embedded engine behind {@code connection}; null when the database is not an embedded H2
     * one or its trigger was not loaded (then nothing is known without asking the database).
     */
    static @Nullable Watch of(Connection connection) throws SQLException {
        if (!connection.isWrapperFor(JdbcConnection.class)) {
            return null;
        }
        Object session = connection.unwrap(JdbcConnection.class).getSession();
        if (!(session instanceof SessionLocal local)) {
            return null;
        }
        synchronized (WATCHES) {
            return WATCHES.get(local.getDatabase());
        }
    }

    @Override
    public void init(Connection connection, String schema, String trigger, String table, boolean before, int type)
            throws SQLException {
        Object database = ((SessionLocal) connection.unwrap(JdbcConnection.class).getSession()).getDatabase();
        watch = new Watch();
        synchronized (WATCHES) {
            Watch previous = WATCHES.put(database, watch);
            if (previous != null) {
                previous.closed(); // the trigger made again (dropped, or its table rebuilt): writes now come here
            }
        }
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) {
        watch.written(newRow == null ? null : newRow[VERSION_COLUMN]);
    }

    @Override
    public void close() {
        watch.closed();
    }

    @Override
    public void remove() {
        watch.closed();
    }
}
