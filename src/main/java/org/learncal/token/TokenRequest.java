package org.learncal.token;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.learncal.problem.ProblemException;

/** The body of a token request: a name saying who holds it, shown in the history of what it changes. */
@Serdeable
public record TokenRequest(@Nullable String name) {

    public String checkedName() {
        if (name == null || name.isBlank()) {
            throw ProblemException.invalid("name", "is required: say who holds the token, e.g. 'UM6P events desk'");
        }
        if (name.length() > 200) {
            throw ProblemException.invalid("name", "may have at most 200 characters");
        }
        return name.strip();
    }
}
