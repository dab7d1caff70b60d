package org.learncal.organizer;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.learncal.link.LinkFactory;
import org.learncal.link.Links;
import org.learncal.reference.Organizer;
import org.learncal.text.Wire;

/** An organizer as the API shows it. */
@Serdeable
public record OrganizerView(String slug, String name, String kind, @Nullable String website,
                            @Nullable String email, @Nullable String city, Links links) {

    public static OrganizerView of(Organizer organizer, LinkFactory links) {
        return new OrganizerView(organizer.slug(), organizer.name(), Wire.of(organizer.kind()), organizer.website(),
                organizer.email(), organizer.citySlug(), links.organizer(organizer.slug()));
    }
}
