package org.learncal.event;

import io.micronaut.core.annotation.Nullable;

/**
 * An event's text in a language other than its original: title, description and, when given, the reason of its
 * status. {@code outdated} says that the original's title or description changed after it was written.
 */
public record Translation(String title, String description, @Nullable String statusReason, Origin origin,
                          boolean outdated) {

    /** Who wrote a translation: the organizer ({@code author}), or someone who checked it ({@code reviewed}). */
    public enum Origin { AUTHOR, REVIEWED }

    public Translation {
        description = description == null ? "" : description;
    }

    /** Same text: what an update compares to decide whether a translation was touched. */
    boolean sameText(Translation other) {
        return title.equals(other.title) && description.equals(other.description)
                && java.util.Objects.equals(statusReason, other.statusReason);
    }

    Translation withOutdated(boolean mark) {
        return mark == outdated ? this : new Translation(title, description, statusReason, origin, mark);
    }
}
