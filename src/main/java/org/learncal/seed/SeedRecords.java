package org.learncal.seed;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.learncal.reference.City;
import org.learncal.reference.Membership;
import org.learncal.reference.Network;
import org.learncal.reference.Organizer;
import org.learncal.reference.OrganizerKind;
import org.learncal.text.Wire;

import java.util.List;

/** The shapes of the files in seed-data/, each turning itself into the stored type. */
final class SeedRecords {
    private SeedRecords() {
    }

    @Serdeable
    record SeedCity(String slug, String name, String country, String timeZone, @Nullable Double latitude,
                    @Nullable Double longitude, @Nullable List<SeedMembership> networks) {
        City toCity() {
            return new City(slug, name, country, timeZone, latitude, longitude);
        }

        List<Membership> memberships() {
            return networks == null ? List.of()
                    : networks.stream().map(m -> new Membership(slug, m.network(), m.joined())).toList();
        }
    }

    @Serdeable
    record SeedMembership(String network, @Nullable Integer joined) {
    }

    @Serdeable
    record SeedOrganizer(String slug, String name, String kind, @Nullable String website, @Nullable String email,
                         @Nullable String city) {
        Organizer toOrganizer() {
            OrganizerKind organizerKind = Wire.parse(OrganizerKind.class, kind)
                    .orElseThrow(() -> new IllegalArgumentException("organizer " + slug + ": unknown kind " + kind));
            return new Organizer(slug, name, organizerKind, website, email, city);
        }
    }

    @Serdeable
    record SeedNetwork(String slug, String name, String description, @Nullable String website,
                       @Nullable String coordinator) {
        Network toNetwork() {
            return new Network(slug, name, description, website, coordinator);
        }
    }
}
