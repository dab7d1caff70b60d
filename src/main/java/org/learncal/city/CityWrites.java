package org.learncal.city;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.learncal.catalog.CatalogVersion;
import org.learncal.event.NameChanges;
import org.learncal.problem.ProblemException;
import org.learncal.problem.ProblemType;
import org.learncal.reference.City;
import org.learncal.reference.CityStore;
import org.learncal.reference.Membership;
import org.learncal.reference.MembershipStore;
import org.learncal.reference.NetworkStore;

/** The one path by which cities and their network memberships are created and changed (API and console). */
@Singleton
public class CityWrites {
    private final CityStore cities;
    private final MembershipStore memberships;
    private final NetworkStore networks;
    private final CatalogVersion version;
    private final NameChanges names;

    CityWrites(CityStore cities, MembershipStore memberships, NetworkStore networks, CatalogVersion version,
               NameChanges names) {
        this.names = names;
        this.cities = cities;
        this.memberships = memberships;
        this.networks = networks;
        this.version = version;
    }

    /** A new city with its memberships; 400 naming each bad field, 409 when its slug is taken. */
    @Transactional
    public City create(CityRequest input) {
        City city = input.toCity(networks::existsById);
        if (cities.existsById(city.slug())) {
            throw new ProblemException(ProblemType.CONFLICT, "A city '" + city.slug() + "' exists already");
        }
        cities.save(city);
        join(city, input);
        return city;
    }

    /**
     * Replaces every field of the city {@code slug} (which cannot change), and its memberships by those given:
     * a network left out is left. Events keep the time zone they were given.
     */
    @Transactional
    public City replace(String slug, CityRequest input) {
        City before = cities.findById(slug).orElseThrow(() -> ProblemException.notFound("city", slug));
        CityRequest request = input.withSlug(slug);
        City city = request.toCity(networks::existsById);
        cities.update(city);
        if (!city.name().equals(before.name())) {
            names.cityRenamed(slug);
        }
        memberships.deleteAll(memberships.findByKeyCitySlug(slug));
        join(city, request);
        return city;
    }

    private void join(City city, CityRequest input) {
        input.memberships().stream().distinct()
                .forEach(m -> memberships.save(new Membership(city.slug(), m.network(), m.joined())));
        version.bump();
    }
}
