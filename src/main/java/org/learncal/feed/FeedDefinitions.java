package org.learncal.feed;

import io.micronaut.core.annotation.Nullable;
import org.learncal.event.LocalizedText;
import org.learncal.text.LanguageChoice;
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

    /** The feed of a search, named in {@code language} (English when null or not an interface language). */
    FeedDefinition search(EventQuery query, @Nullable String language) {
        String filters = query.filterString();
        Links feedLinks = links.search(filters, filters, null);
        SearchFeedNames.Names names = searchNames.describe(query, FeedWording.of(language));
        return new FeedDefinition(names.name(), names.description(), feedLinks.ics(),
                feedLinks.html(), "learncal-events.ics", query.page(EventQuery.DEFAULT_LIMIT, null), null);
    }

    FeedDefinition network(String slug, @Nullable String language) {
        Network network = networks.findById(slug).orElseThrow(() -> ProblemException.notFound("network", slug));
        return filtered("network", slug, EventQuery.Filter.NETWORK, network.name(), FeedWording.of(language)
                .get("calendar.network", network.name(), network.description()), links.network(slug));
    }

    FeedDefinition organizer(String slug, @Nullable String language) {
        Organizer organizer = organizers.findById(slug)
                .orElseThrow(() -> ProblemException.notFound("organizer", slug));
        return filtered("organizer", slug, EventQuery.Filter.ORGANIZER, organizer.name(),
                FeedWording.of(language).get("calendar.organizer", organizer.name()),
                links.organizer(slug));
    }

    FeedDefinition city(String slug, @Nullable String language) {
        City city = cities.findById(slug).orElseThrow(() -> ProblemException.notFound("city", slug));
        return filtered("city", slug, EventQuery.Filter.CITY, city.name(),
                FeedWording.of(language).get("calendar.city", city.name(), city.country()),
                links.city(slug));
    }

    FeedDefinition event(UUID id, @Nullable String language) {
        Event event = events.find(id).orElseThrow(() -> ProblemException.notFound("event", id.toString()));
        Links eventLinks = links.event(id);
        LocalizedText text = language == null ? LocalizedText.in(event, event.language())
                : LocalizedText.of(event, LanguageChoice.only(language));
        return new FeedDefinition("LearnCal: " + text.title(),
                FeedWording.of(language).get("calendar.event", text.title()), eventLinks.ics(), eventLinks.html(),
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
