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

    public long current() {
        return sql.query("SELECT version FROM catalog_version WHERE id = 1", List.of(), row -> row.getLong(1)).get(0);
    }
}
