package org.learncal.reference;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A body that organizes events. */
@MappedEntity(value = "organizer", escape = false)
public record Organizer(@Id String slug, String name, OrganizerKind kind, @Nullable String website,
                        @Nullable String email, @Nullable String citySlug) {
}
