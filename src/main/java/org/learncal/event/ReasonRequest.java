package org.learncal.event;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.learncal.problem.ProblemException;

/** The body of cancel, postpone and reject: why, in words that feeds and pages show. */
@Serdeable
public record ReasonRequest(@Nullable String reason) {
    public static final int MAX = 1000;

    /** The reason, checked: at most 1000 characters, and present when {@code required}. */
    public @Nullable String checked(boolean required) {
        if (required && (reason == null || reason.isBlank())) {
            throw ProblemException.invalid("reason", "is required and must not be blank");
        }
        if (reason != null && reason.length() > MAX) {
            throw ProblemException.invalid("reason", "may have at most " + MAX + " characters, not "
                    + reason.length());
        }
        return reason == null || reason.isBlank() ? null : reason.strip();
    }
}
