package org.learncal.problem;

import io.micronaut.data.connection.exceptions.ConnectionException;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.learncal.db.Sql;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Failures on the real database: a refused duplicate row is a 409, a connection that could not be set up a 503,
 * other failures are 500s.
 */
@MicronautTest(transactional = false)
class FailureHandlerTest {
    @Inject
    Sql sql;
    @Inject
    FailureHandler handler;
    @Inject
    DataSource dataSource;

    @Test
    void duplicateRowFromTheRealDatabaseBecomesA409() {
        DataAccessException duplicate = assertThrows(DataAccessException.class, () -> sql.update(
                "INSERT INTO topic (slug) VALUES (?)", List.of("literacy")));
        HttpResponse<Problem> response = handler.handle(HttpRequest.POST("/api/topics", ""), duplicate);
        assertEquals(409, response.code());
        assertEquals("https://learncal.org/problems/conflict", response.body().type());
        assertEquals("application/problem+json", response.getContentType().orElseThrow().toString());
    }

    @Test
    void otherDatabaseFailuresStayServerErrors() {
        DataAccessException broken = assertThrows(DataAccessException.class,
                () -> sql.update("UPDATE no_such_table SET x = 1", List.of()));
        HttpResponse<Problem> response = handler.handle(HttpRequest.GET("/api/events"), broken);
        assertEquals(500, response.code());
        assertEquals("https://learncal.org/problems/server-error", response.body().type());
    }

    @Test
    void aPooledConnectionClosedUnderTheRequestIsUnavailable() throws SQLException {
        Connection connection = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
        connection.close();
        SQLException closed = assertThrows(SQLException.class, () -> connection.setReadOnly(true));
        // as Micronaut wraps it when it sets up a request's connection
        HttpResponse<Problem> response = handler.handle(HttpRequest.GET("/api/events"),
                new ConnectionException("Could not set JDBC Connection read-only: " + closed.getMessage(), closed));
        assertEquals(503, response.code());
        assertEquals("https://learncal.org/problems/unavailable", response.body().type());
        assertEquals("5", response.header("Retry-After"));
    }
}
