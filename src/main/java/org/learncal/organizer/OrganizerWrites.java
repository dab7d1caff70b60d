package org.learncal.organizer;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.learncal.catalog.CatalogVersion;
import org.learncal.event.NameChanges;
import org.learncal.problem.ProblemException;
import org.learncal.problem.ProblemType;
import org.learncal.reference.CityStore;
import org.learncal.reference.Organizer;
import org.learncal.reference.OrganizerStore;

/** The one path by which organizers are created and changed, for the API and the console alike. */
@Singleton
public class OrganizerWrites {
    private final OrganizerStore organizers;
    private final CityStore cities;
    private final CatalogVersion version;
    private final NameChanges names;

    OrganizerWrites(OrganizerStore organizers, CityStore cities, CatalogVersion version, NameChanges names) {
        this.names = names;
        this.organizers = organizers;
        this.cities = cities;
        this.version = version;
    }

    /** A new organizer; 400 naming each bad field, 409 when its slug is taken. */
    @Transactional
    public Organizer create(OrganizerRequest input) {
        Organizer organizer = input.toOrganizer(cities::existsById);
        if (organizers.existsById(organizer.slug())) {
            throw new ProblemException(ProblemType.CONFLICT, "An organizer '" + organizer.slug()
                    + "' exists already");
        }
        organizers.save(organizer);
        version.bump();
        return organizer;
    }

    /** Replaces every field of the organizer {@code slug} (which cannot change); 404 when there is none. */
    @Transactional
    public Organizer replace(String slug, OrganizerRequest input) {
        Organizer before = organizers.findById(slug).orElseThrow(() -> ProblemException.notFound("organizer", slug));
        Organizer organizer = input.withSlug(slug).toOrganizer(cities::existsById);
        organizers.update(organizer);
        if (!organizer.name().equals(before.name())) {
            names.organizerRenamed(slug);
        }
        version.bump();
        return organizer;
    }
}
