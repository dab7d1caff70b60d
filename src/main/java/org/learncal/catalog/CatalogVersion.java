package org.learncal.catalog;

import io.micronaut.transaction.annotation.Transactional;
import io.micronaut.context.BeanProvider;
import jakarta.inject.Singleton;
import org.learncal.db.Sql;

import java.util.List;
import java.util.UUID;

/**
 * A counter in the database that every change to the catalogue increments inside its own transaction.
 * Caches keyed by it stay correct when several instances share one database.
 */
@Singleton
public class CatalogVersion {
    private final Sql sql;
    private final BeanProvider<EventChangeListener> listeners;

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
        return sql.query("SELECT version FROM catalog_version WHERE id = 1", List.of(), row -> row.getLong(1)).get(0);
    }
}
