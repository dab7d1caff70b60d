package org.learncal.reference;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A city where events happen or organizers are based; {@code country} is ISO 3166-1 alpha-2. */
@MappedEntity(value = "city", escape = false)
public record City(@Id String slug, String name, String country, String timeZone,
                   @Nullable Double latitude, @Nullable Double longitude) {
}
