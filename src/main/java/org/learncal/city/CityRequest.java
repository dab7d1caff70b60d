package org.learncal.city;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.learncal.problem.InputErrors;
import org.learncal.reference.City;
import org.learncal.text.Checks;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/** A new city as the admin posts it, with the networks it belongs to. */
@Serdeable
public record CityRequest(@Nullable String slug, @Nullable String name, @Nullable String country,
                          @Nullable String timeZone, @Nullable Double latitude, @Nullable Double longitude,
                          @Nullable List<MembershipRequest> networks) {
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    /** One network the city belongs to, and the year it joined when known. */
    @Serdeable
    public record MembershipRequest(@Nullable String network, @Nullable Integer joined) {
    }

    /** The request for the city {@code path}: a slug in the body must be that one, as a slug cannot change. */
    CityRequest withSlug(String path) {
        return new CityRequest(Checks.sameSlug(path, slug), name, country, timeZone, latitude, longitude, networks);
    }

    City toCity(Predicate<String> isNetwork) {
        InputErrors errors = new InputErrors();
        Checks.slug(errors, "slug", slug);
        Checks.text(errors, "name", name, 200, true);
        if (country == null || !COUNTRIES.contains(country)) {
            errors.add("country", "must be an ISO 3166-1 alpha-2 code such as MA");
        }
        try {
            if (timeZone == null || !timeZone.contains("/")) {
                throw new DateTimeException("not a region");
            }
            ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            errors.add("timeZone", "must be an IANA time zone such as Africa/Casablanca");
        }
        if (latitude != null && Math.abs(latitude) > 90 || longitude != null && Math.abs(longitude) > 180) {
            errors.add("latitude", "latitude must be within ±90 and longitude within ±180");
        }
        memberships().stream().filter(m -> m.network() == null || !isNetwork.test(m.network()))
                .forEach(m -> errors.add("networks", "'" + m.network() + "' is not a known network"));
        errors.throwIfAny();
        return new City(slug, name.strip(), country, timeZone, latitude, longitude);
    }

    List<MembershipRequest> memberships() {
        return networks == null ? List.of() : networks;
    }
}
