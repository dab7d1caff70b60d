package org.learncal.problem;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.learncal.db.Sql;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Failures of statements on the real database: a refused duplicate row is a 409, other failures are 500s. */
@MicronautTest(transactional = false)
class FailureHandlerTest {
    @Inject
    Sql sql;
    @Inject
    FailureHandler handler;

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
}
