package org.learncal.event;

import io.micronaut.core.annotation.Nullable;

/**
 * The report an event is known from when it was not entered by its organizer, e.g. a newspaper article:
 * {@code note} names it ("PanoraPost, 25 January 2021"), {@code url} links it when known. (An external
 * calendar that LearnCal pulls is not a report: see the {@code source} package.)
 */
public record Report(@Nullable String url, @Nullable String note) {
    public static final Report NONE = new Report(null, null);

    public boolean isReport() {
        return note != null;
    }
}
