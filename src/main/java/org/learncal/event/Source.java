package org.learncal.event;

import io.micronaut.core.annotation.Nullable;

/**
 * Where the facts of an event come from when it was not entered by its organizer, e.g. a newspaper
 * article: {@code note} names it ("PanoraPost, 25 January 2021"), {@code url} links it when known.
 */
public record Source(@Nullable String url, @Nullable String note) {

    public boolean isReport() {
        return note != null;
    }
}
