package org.learncal.source;

/**
 * How a pull ended. {@code OK}: a new body was imported; {@code NOT_MODIFIED}: 304; {@code UNCHANGED}: the same
 * bytes as last time; {@code HELD}: the circuit breaker held it. The others are failures.
 */
public enum Outcome {
    OK, NOT_MODIFIED, UNCHANGED, HELD, HTTP_ERROR, TIMEOUT, TOO_LARGE, NOT_ICALENDAR, INVALID, REFUSED,
    UNREACHABLE, TOO_MANY_REDIRECTS;

    public boolean isFailure() {
        return ordinal() > HELD.ordinal();
    }
}
