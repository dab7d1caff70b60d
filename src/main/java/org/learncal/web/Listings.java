package org.learncal.web;

import jakarta.inject.Singleton;
import org.learncal.event.EventQuery;
import org.learncal.link.LinkFactory;
import org.learncal.reference.CityStore;
import org.learncal.reference.NetworkStore;
import org.learncal.reference.OrganizerStore;
import org.learncal.text.Wire;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Finds the network, organizer or city that a listing page is about. */
@Singleton
public class Listings {
    private final NetworkStore networks;
    private final OrganizerStore organizers;
    private final CityStore cities;
    private final LinkFactory links;
    private final Messages messages;

    public Listings(NetworkStore networks, OrganizerStore organizers, CityStore cities,
                    LinkFactory links, Messages messages) {
        this.networks = networks;
        this.organizers = organizers;
        this.cities = cities;
        this.links = links;
        this.messages = messages;
    }

    public Optional<Listing> find(String kind, String slug, Language language) {
        String label = messages.get(language, "listing." + kind);
        return switch (kind) {
            case "networks" -> networks.findById(slug).map(n -> new Listing(kind, slug, n.name(), label,
                    n.description(), List.of(), n.website(), EventQuery.Filter.NETWORK, links.network(slug)));
            case "organizers" -> organizers.findById(slug).map(o -> new Listing(kind, slug, o.name(), label, null,
                    List.of(messages.get(language, "organizerKind." + Wire.of(o.kind()))), o.website(),
                    EventQuery.Filter.ORGANIZER, links.organizer(slug)));
            case "cities" -> cities.findById(slug).map(c -> new Listing(kind, slug, c.name(), label, null,
                    cityFacts(c.country(), c.timeZone(), language), null, EventQuery.Filter.CITY, links.city(slug)));
            default -> Optional.empty();
        };
    }

    private List<String> cityFacts(String country, String zone, Language language) {
        List<String> facts = new ArrayList<>();
        facts.add(new Locale("", country).getDisplayCountry(language.locale()));
        facts.add(messages.get(language, "listing.timeZone", zone));
        return facts;
    }

    static String singular(String kind) {
        return switch (kind) {
            case "cities" -> "city";
            case "networks" -> "network";
            default -> "organizer";
        };
    }
}
