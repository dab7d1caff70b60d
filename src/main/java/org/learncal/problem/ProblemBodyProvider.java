package org.learncal.problem;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.JsonErrorResponseBodyProvider;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * Gives the framework's own errors (unknown route, wrong method, unconvertible parameter, bad JSON)
 * the same problem+json shape as ours.
 */
@Singleton
@Replaces(JsonErrorResponseBodyProvider.class)
public class ProblemBodyProvider implements JsonErrorResponseBodyProvider<Problem> {

    @Override
    public Problem body(ErrorContext context, HttpResponse<?> response) {
        ProblemType type = ProblemType.forStatus(response.code());
        List<Problem.InputError> errors = context.getErrors().stream()
                .filter(error -> error.getPath().isPresent())
                .map(error -> new Problem.InputError(error.getPath().get(), error.getMessage()))
                .toList();
        return new Problem(type.uri(), type.title(), response.code(), detail(context, type),
                errors.isEmpty() ? null : errors);
    }

    @Override
    public String contentType() {
        return Problems.MEDIA_TYPE;
    }

    private static String detail(ErrorContext context, ProblemType type) {
        if (type == ProblemType.SERVER_ERROR) {
            return "Something went wrong on our side; it has been logged.";
        }
        return context.getErrors().stream().findFirst().map(Error::getMessage).orElse(type.title());
    }
}
