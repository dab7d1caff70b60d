package org.learncal.event;

import io.micronaut.core.annotation.Nullable;

import java.util.Arrays;

/**
 * Entity tags of events. Sequence and updatedAt identify a version (every change moves updatedAt), so the
 * tag is made of them; GET and every write answer it, and If-Match compares it strongly.
 */
public final class ETags {
    private ETags() {
    }

    public static String of(Event event) {
        return "\"" + event.sequence() + "-" + event.updatedAt().toEpochMilli() + "\"";
    }

    /** Whether an If-Match header (absent, {@code *} or a list of tags) allows changing this version. */
    public static boolean matches(@Nullable String ifMatch, Event event) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return true;
        }
        String current = of(event);
        return Arrays.stream(ifMatch.split(",")).map(String::trim)
                .anyMatch(tag -> tag.equals("*") || tag.equals(current));
    }
}
