package org.learncal.problem;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.learncal.db.Unavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.SQLException;

/**
 * Two requests that check "does it exist?" and then both insert lose the race in the database, which refuses
 * the second row: that is a 409, not a server error. A database that cannot be reached is a 503. Other
 * database failures stay 500s, logged.
 */
@Produces
@Singleton
public class ConstraintViolationHandler implements ExceptionHandler<DataAccessException, HttpResponse<Problem>> {
    private static final Logger LOG = LoggerFactory.getLogger(ConstraintViolationHandler.class);
    /** SQLSTATE class 23: integrity constraint violation, on H2 and PostgreSQL alike. */
    private static final String INTEGRITY_CLASS = "23";

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, DataAccessException exception) {
        if (Unavailable.causedBy(exception)) {
            return Problems.unavailable(exception);
        }
        if (isConstraintViolation(exception)) {
            return Problems.response(ProblemType.CONFLICT.problem(
                    "Someone else wrote the same thing at the same moment; read it again and retry if needed"));
        }
        LOG.error("Database failure on {} {}", request.getMethod(), request.getPath(), exception);
        return Problems.response(ProblemType.SERVER_ERROR.problem(
                "Something went wrong on our side; it has been logged."));
    }

    static boolean isConstraintViolation(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith(INTEGRITY_CLASS)) {
                return true;
            }
        }
        return false;
    }
}
