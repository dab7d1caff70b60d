package org.learncal.event;

import io.micronaut.core.annotation.Nullable;

/** Where an in-person or hybrid event takes place. */
public record Venue(String name, @Nullable String address, @Nullable Double latitude, @Nullable Double longitude) {

    public boolean hasPosition() {
        return latitude != null && longitude != null;
    }
}
