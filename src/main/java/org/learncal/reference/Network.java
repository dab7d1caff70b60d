package org.learncal.reference;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A network of cities, coordinated by one organizer. */
@MappedEntity(value = "network", escape = false)
public record Network(@Id String slug, String name, String description, @Nullable String website,
                      @Nullable String coordinatorSlug) {
}
