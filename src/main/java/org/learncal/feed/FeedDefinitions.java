package org.learncal.feed;

import jakarta.inject.Singleton;
import org.learncal.event.Event;
import org.learncal.event.EventQuery;
import org.learncal.event.EventStore;
import org.learncal.link.LinkFactory;
import org.learncal.link.Links;
import org.learncal.problem.ProblemException;
import org.learncal.reference.City;
import org.learncal.reference.CityStore;
import org.learncal.reference.Network;
import org.learncal.reference.NetworkStore;
import org.learncal.reference.Organizer;
import org.learncal.reference.OrganizerStore;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Defines each kind of feed: any search, one network, organizer or city, one event. Unknown ones are 404s. */
@Singleton
class FeedDefinitions {
    private final NetworkStore networks;
    private final OrganizerStore organizers;
    private final CityStore cities;
    private final EventStore events;
    private final SearchFeedNames searchNames;
    private final LinkFactory links;

    FeedDefinitions(NetworkStore networks, OrganizerStore organizers, CityStore cities,
                    EventStore events, SearchFeedNames searchNames, LinkFactory links) {
        this.networks = networks;
        this.organizers = organizers;
        this.cities = cities;
        this.events = events;
        this.searchNames = searchNames;
        this.links = links;
    }

    FeedDefinition search(EventQuery query) {
        String filters = query.filterString();
        Links feedLinks = links.search(filters, filters, null);
        SearchFeedNames.Names names = searchNames.describe(query);
        return new FeedDefinition(names.name(), names.description(), feedLinks.ics(),
                feedLinks.html(), "learncal-events.ics", query.page(EventQuery.DEFAULT_LIMIT, null), null);
    }

    FeedDefinition network(String slug) {
        Network network = networks.findById(slug).orElseThrow(() -> ProblemException.notFound("network", slug));
        return filtered("network", slug, EventQuery.Filter.NETWORK, network.name(),
                "Educational events of the " + network.name() + ", as listed on LearnCal. " + network.description(),
                links.network(slug));
    }

    FeedDefinition organizer(String slug) {
        Organizer organizer = organizers.findById(slug)
                .orElseThrow(() -> ProblemException.notFound("organizer", slug));
        return filtered("organizer", slug, EventQuery.Filter.ORGANIZER, organizer.name(),
                "Educational events organized by " + organizer.name() + ", as listed on LearnCal.",
                links.organizer(slug));
    }

    FeedDefinition city(String slug) {
        City city = cities.findById(slug).orElseThrow(() -> ProblemException.notFound("city", slug));
        return filtered("city", slug, EventQuery.Filter.CITY, city.name(),
                "Educational events in " + city.name() + " (" + city.country() + "), as listed on LearnCal.",
                links.city(slug));
    }

    FeedDefinition event(UUID id) {
        Event event = events.find(id).orElseThrow(() -> ProblemException.notFound("event", id.toString()));
        Links eventLinks = links.event(id);
        return new FeedDefinition("LearnCal: " + event.title(),
                "One event listed on LearnCal: " + event.title(), eventLinks.ics(), eventLinks.html(),
                "learncal-event-" + event.slug() + ".ics", null, id);
    }

    private static FeedDefinition filtered(String kind, String slug, EventQuery.Filter filter, String name,
                                           String description, Links resourceLinks) {
        Map<EventQuery.Filter, List<String>> filters = new EnumMap<>(EventQuery.Filter.class);
        filters.put(filter, List.of(slug));
        EventQuery query = new EventQuery(null, null, null, filters, null, EventQuery.DEFAULT_LIMIT, null);
        return new FeedDefinition("LearnCal: " + name, description, resourceLinks.ics(),
                resourceLinks.html(), "learncal-" + kind + "-" + slug + ".ics", query, null);
    }
}
