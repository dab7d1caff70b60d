package org.learncal.catalog;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.learncal.db.Sql;

import java.util.List;

/**
 * A counter in the database that every change to the catalogue increments inside its own transaction.
 * Caches keyed by it stay correct when several instances share one database.
 */
@Singleton
public class CatalogVersion {
    private final Sql sql;

    public CatalogVersion(Sql sql) {
        this.sql = sql;
    }

    /** Call inside the transaction of any write that changes what readers see. */
    @Transactional
    public void bump() {
        sql.update("UPDATE catalog_version SET version = version + 1 WHERE id = 1", List.of());
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
