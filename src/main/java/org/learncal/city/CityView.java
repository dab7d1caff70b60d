package org.learncal.city;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.learncal.link.Links;

import java.util.List;

/** A city as the API shows it, with the networks it belongs to. */
@Serdeable
public record CityView(String slug, String name, String country, String timeZone, @Nullable Double latitude,
                       @Nullable Double longitude, List<NetworkMembership> networks, Links links) {

    /** One network the city belongs to. */
    @Serdeable
    public record NetworkMembership(String slug, String name, @Nullable Integer joined) {
    }
}
