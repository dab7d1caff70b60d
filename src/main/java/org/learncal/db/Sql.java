package org.learncal.db;

import io.micronaut.data.jdbc.runtime.ConnectionCallback;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.data.connection.annotation.Connectable;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs SQL written in the subset that H2 and PostgreSQL share, binding {@link Instant}s as UTC timestamps.
 * Each call joins the caller's transaction; outside one it runs on its own connection in auto-commit mode
 * (a single read needs no transaction: the feeds' version check runs on every poll).
 */
@Singleton
@Connectable
public class Sql {
    private final JdbcOperations jdbc;

    public Sql(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Reads one row of a result. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    public <T> List<T> query(String sql, List<?> parameters, RowMapper<T> mapper) {
        return jdbc.prepareStatement(sql, statement -> {
            bind(statement, parameters);
            try (ResultSet rows = statement.executeQuery()) {
                List<T> result = new ArrayList<>();
                while (rows.next()) {
                    result.add(mapper.map(rows));
                }
                return result;
            }
        });
    }

    public int update(String sql, List<?> parameters) {
        return jdbc.prepareStatement(sql, statement -> {
            bind(statement, parameters);
            return statement.executeUpdate();
        });
    }

    /** Runs {@code work} on the connection the other calls would use: the caller's transaction's, or its own. */
    public <T> T withConnection(ConnectionCallback<T> work) {
        return jdbc.execute(work);
    }

    /** Runs one statement once per parameter list, in a single batch; answers the rows each run changed. */
    public int[] batch(String sql, List<List<?>> parameterLists) {
        if (parameterLists.isEmpty()) {
            return new int[0];
        }
        return jdbc.prepareStatement(sql, statement -> {
            for (List<?> parameters : parameterLists) {
                bind(statement, parameters);
                statement.addBatch();
            }
            return statement.executeBatch();
        });
    }

    public static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /** A nullable number column; JDBC would otherwise turn NULL into 0. */
    public static Double nullableDouble(ResultSet row, String column) throws SQLException {
        double value = row.getDouble(column);
        return row.wasNull() ? null : value;
    }

    public static Boolean nullableBoolean(ResultSet row, String column) throws SQLException {
        boolean value = row.getBoolean(column);
        return row.wasNull() ? null : value;
    }

    private static void bind(PreparedStatement statement, List<?> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            Object value = parameters.get(i);
            statement.setObject(i + 1, value instanceof Instant instant
                    ? OffsetDateTime.ofInstant(instant, ZoneOffset.UTC) : value);
        }
    }
}
