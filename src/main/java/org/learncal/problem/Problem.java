package org.learncal.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** The body of every error response (RFC 9457), with {@code errors} naming each bad input. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, @Nullable String detail,
                      @Nullable List<InputError> errors) {

    /** One rejected input: the parameter, field or line, and why. */
    @Serdeable
    public record InputError(String name, String reason) {
    }
}
