package org.learncal.problem;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** Failures that no more specific handler takes, answered by {@link Failures}. */
@Produces
@Singleton
public class UnavailableHandler implements ExceptionHandler<RuntimeException, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, RuntimeException exception) {
        return Failures.answer(request, exception);
    }
}
