package org.learncal.problem;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/**
 * Failures of a statement (Micronaut Data's wrapper of them), answered as {@link Failures} answers every
 * failure: a refused duplicate row is a 409, a lock waited on too long a 503, and so on.
 */
@Produces
@Singleton
public class ConstraintViolationHandler implements ExceptionHandler<DataAccessException, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, DataAccessException exception) {
        return Failures.answer(request, exception);
    }
}
