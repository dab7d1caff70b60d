package org.learncal.support;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/** Stands for a long write, such as an import: a transaction holding the row lock that every write takes first. */
public final class HeldCatalogue {
    private HeldCatalogue() {
    }

    /** A connection of the pool, in a transaction holding the lock until it rolls back or closes. */
    public static Connection hold(DataSource dataSource) throws SQLException {
        Connection connection = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
        connection.setAutoCommit(false);
        connection.createStatement().executeQuery("SELECT version FROM catalog_version WHERE id = 1 FOR UPDATE").close();
        return connection;
    }
}
