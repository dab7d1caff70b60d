package org.learncal.catalog;

import io.micronaut.transaction.annotation.Transactional;
import io.micronaut.context.BeanProvider;
import jakarta.inject.Singleton;
import org.learncal.db.Sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * A counter in the database that every change to the catalogue increments inside its own transaction.
 * Caches keyed by it stay correct when several instances share one database.
 */
@Singleton
public class CatalogVersion {
    private static final String SELECT_VERSION = "SELECT version FROM catalog_version WHERE id = 1";
    private final Sql sql;
    private final BeanProvider<EventChangeListener> listeners;
    private volatile Confirmed confirmed;

    /** A version read from committed data, and the watch of the engine it was read from. */
    private record Confirmed(CatalogWrites.Watch watch, long version) {
    }

    public CatalogVersion(Sql sql, BeanProvider<EventChangeListener> listeners) {
        this.sql = sql;
        this.listeners = listeners;
    }

    /** Call inside the transaction of any write that changes what readers see. */
    @Transactional
    public void bump() {
        sql.update("UPDATE catalog_version SET version = version + 1 WHERE id = 1", List.of());
    }

    /**
     * Bumps the version for a write that changed these events, then tells the listeners the new version while
     * this transaction still holds the row lock: no other writer can take a version until this one commits.
     */
    @Transactional
    public void bump(List<UUID> eventIds) {
        bump();
        long version = current();
        listeners.stream().forEach(listener -> listener.changed(eventIds, version));
    }

    /**
     * Takes the version's row lock until this transaction ends, as {@link #bump()} does, but first thing: a
     * write that reads before it writes (counts it keeps up to date) then reads what the last writer committed.
     */
    @Transactional
    public void lock() {
        sql.query("SELECT version FROM catalog_version WHERE id = 1 FOR UPDATE", List.of(), row -> row.getLong(1));
    }

    /** The longest duration of any stored event, in seconds (see LongestEvent); it only grows. */
    public long longestEventSeconds() {
        return sql.query("SELECT longest_event_seconds FROM catalog_version WHERE id = 1", List.of(),
                row -> row.getLong(1)).get(0);
    }

    /** Call inside the transaction that stores an event lasting this long. */
    public void includeEventSeconds(long seconds) {
        sql.update("UPDATE catalog_version SET longest_event_seconds = GREATEST(longest_event_seconds, ?) "
                + "WHERE id = 1", List.of(seconds));
    }

    public long current() {
        return sql.query(SELECT_VERSION, List.of(), row -> row.getLong(1)).get(0);
    }

    /**
     * The committed version, for caches: as {@link #current()}, but without asking the database when that is
     * provably not needed. That is only on an embedded H2 database, whose engine runs in this JVM and tells
     * {@link CatalogWrites} of every write of the version before it commits, from any connection: while no
     * version above the one last read from committed data was written, that one is still the committed one.
     * Anywhere else (PostgreSQL, H2 over TCP from another process) every call reads the database, so a write
     * through another instance is seen by the next call either way.
     */
    public long latest() {
        OptionalLong known = known();
        return known.isPresent() ? known.getAsLong() : sql.withConnection(this::readAndRemember);
    }

    /** {@link #latest()} if it needs no database read; empty when only the database can tell. */
    public OptionalLong known() {
        Confirmed last = confirmed;
        return last != null && last.watch().unchangedSince(last.version()) ? OptionalLong.of(last.version())
                : OptionalLong.empty();
    }

    /** The watch is looked up before the read: a write after the lookup is in it, one before it is in the read. */
    private long readAndRemember(Connection connection) throws SQLException {
        CatalogWrites.Watch watch = CatalogWrites.of(connection);
        long version;
        try (PreparedStatement statement = connection.prepareStatement(SELECT_VERSION);
             ResultSet row = statement.executeQuery()) {
            row.next();
            version = row.getLong(1);
        }
        // Inside a transaction the read may see the transaction's own uncommitted bump: not to be remembered.
        if (watch != null && connection.getAutoCommit()) {
            confirmed = new Confirmed(watch, version);
        }
        return version;
    }
}
