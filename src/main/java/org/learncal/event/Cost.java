package org.learncal.event;

import io.micronaut.core.annotation.Nullable;

/** Whether attending is free, otherwise what it costs as the organizer words it; {@code free} null is unknown. */
public record Cost(@Nullable Boolean free, @Nullable String text) {
    public static final Cost FREE = new Cost(true, null);
    public static final Cost UNKNOWN = new Cost(null, null);

    public static Cost paid(String text) {
        return new Cost(false, text);
    }
}
