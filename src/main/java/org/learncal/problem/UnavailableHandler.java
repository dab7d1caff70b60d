package org.learncal.problem;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.learncal.db.Unavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Failures that no more specific handler takes. A database that cannot be reached surfaces as many exception
 * types (no connection within the pool's timeout, a transaction that cannot begin, a connection that broke):
 * all of them are a 503 with Retry-After. Anything else is a 500, logged.
 */
@Produces
@Singleton
public class UnavailableHandler implements ExceptionHandler<RuntimeException, HttpResponse<Problem>> {
    private static final Logger LOG = LoggerFactory.getLogger(UnavailableHandler.class);

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, RuntimeException exception) {
        if (Unavailable.causedBy(exception)) {
            return Problems.unavailable(exception);
        }
        LOG.error("Unexpected failure on {} {}", request.getMethod(), request.getPath(), exception);
        return Problems.response(ProblemType.SERVER_ERROR.problem(
                "Something went wrong on our side; it has been logged."));
    }
}
