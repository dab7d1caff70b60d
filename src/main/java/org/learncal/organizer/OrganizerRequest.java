package org.learncal.organizer;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.learncal.problem.InputErrors;
import org.learncal.reference.Organizer;
import org.learncal.reference.OrganizerKind;
import org.learncal.text.Checks;
import org.learncal.text.Wire;

import java.util.function.Predicate;

/** A new organizer as the admin posts it; {@code city} is where it is based (which gives its networks). */
@Serdeable
public record OrganizerRequest(@Nullable String slug, @Nullable String name, @Nullable String kind,
                               @Nullable String website, @Nullable String email, @Nullable String city) {

    /** The request for the organizer {@code path}: a slug in the body must be that one, as a slug cannot change. */
    OrganizerRequest withSlug(String path) {
        return new OrganizerRequest(Checks.sameSlug(path, slug), name, kind, website, email, city);
    }

    Organizer toOrganizer(Predicate<String> isCity) {
        InputErrors errors = new InputErrors();
        Checks.slug(errors, "slug", slug);
        Checks.text(errors, "name", name, 200, true);
        OrganizerKind organizerKind = kind == null ? null : Wire.parse(OrganizerKind.class, kind).orElse(null);
        if (organizerKind == null) {
            errors.add("kind", "must be one of " + Wire.allOf(OrganizerKind.class));
        }
        Checks.url(errors, "website", website);
        if (email != null && (email.length() > 320 || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
            errors.add("email", "must be an e-mail address");
        }
        if (city != null && !isCity.test(city)) {
            errors.add("city", "'" + city + "' is not a known city (see /api/cities)");
        }
        errors.throwIfAny();
        return new Organizer(slug, name.strip(), organizerKind, website, email, city);
    }
}
