package org.learncal.problem;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.learncal.db.Busy;
import org.learncal.db.SqlStates;
import org.learncal.db.Unavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The answer to a failure that no more specific handler took, Micronaut Data's statement failures included. A
 * database out of reach surfaces as many exception types (no connection within the pool's timeout, a transaction
 * that cannot begin, a connection that broke), a write that waited too long for another write as a lock timeout or
 * a deadlock, two requests that both checked "does it exist?" and then both inserted as a refused row: 503
 * unavailable, 503 busy and 409 conflict. Anything else is a 500, logged.
 */
@Produces
@Singleton
public class FailureHandler implements ExceptionHandler<RuntimeException, HttpResponse<Problem>> {
    private static final Logger LOG = LoggerFactory.getLogger(FailureHandler.class);
    /** SQLSTATE class 23: integrity constraint violation, on H2 and PostgreSQL alike. */
    private static final String INTEGRITY_CLASS = "23";

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, RuntimeException failure) {
        if (Unavailable.causedBy(failure)) {
            return Problems.unavailable(failure);
        }
        if (Busy.causedBy(failure)) {
            return Problems.busy(failure);
        }
        if (SqlStates.anyIn(failure, state -> state.startsWith(INTEGRITY_CLASS))) {
            return Problems.response(ProblemType.CONFLICT.problem(
                    "Someone else wrote the same thing at the same moment; read it again and retry if needed"));
        }
        LOG.error("Unexpected failure on {} {}", request.getMethod(), request.getPath(), failure);
        return Problems.response(ProblemType.SERVER_ERROR.problem(
                "Something went wrong on our side; it has been logged."));
    }
}
