package org.learncal.network;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.learncal.link.Links;

import java.util.List;

/** A network as the API shows it; {@code members} is filled on the single-network resource only. */
@Serdeable
public record NetworkView(String slug, String name, String description, @Nullable String website,
                          @Nullable String coordinator, @Nullable List<Member> members, Links links) {

    /** A member city, with the year it joined when known. */
    @Serdeable
    public record Member(String slug, String name, String country, @Nullable Integer joined) {
    }
}
