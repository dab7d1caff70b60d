package org.learncal.reference;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

/** A city's membership in a network, with the year it joined when known. */
@MappedEntity(value = "city_membership", escape = false)
public record Membership(@EmbeddedId Key key, @Nullable Integer joinedYear) {

    public Membership(String citySlug, String networkSlug, @Nullable Integer joinedYear) {
        this(new Key(citySlug, networkSlug), joinedYear);
    }

    /** Which city in which network. */
    @Embeddable
    public record Key(@MappedProperty("city_slug") String citySlug,
                      @MappedProperty("network_slug") String networkSlug) {
    }
}
