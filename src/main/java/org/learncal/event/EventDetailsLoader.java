package org.learncal.event;

import io.micronaut.context.BeanProvider;
import jakarta.inject.Singleton;
import org.learncal.reference.City;
import org.learncal.reference.CityStore;
import org.learncal.reference.Network;
import org.learncal.reference.NetworkStore;
import org.learncal.reference.Organizer;
import org.learncal.reference.OrganizerStore;
import org.learncal.reference.Topic;
import org.learncal.reference.TopicStore;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Resolves what a batch of events refers to, with one query per kind of reference. */
@Singleton
public class EventDetailsLoader {
    private final OrganizerStore organizers;
    private final NetworkStore networks;
    private final CityStore cities;
    private final TopicStore topics;
    private final BeanProvider<EventOrigins> origins;

    public EventDetailsLoader(OrganizerStore organizers, NetworkStore networks, CityStore cities,
                              TopicStore topics, BeanProvider<EventOrigins> origins) {
        this.origins = origins;
        this.organizers = organizers;
        this.networks = networks;
        this.cities = cities;
        this.topics = topics;
    }

    public List<EventDetails> load(List<Event> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        Map<String, Organizer> organizerMap = lookup(slugs(events, event -> event.organizerSlugs().stream()),
                organizers::findBySlugIn, Organizer::slug);
        Map<String, Network> networkMap = lookup(slugs(events, event -> Stream.ofNullable(event.networkSlug())),
                networks::findBySlugIn, Network::slug);
        Map<String, City> cityMap = lookup(slugs(events, event -> Stream.ofNullable(event.citySlug())),
                cities::findBySlugIn, City::slug);
        Map<String, Topic> topicMap = lookup(slugs(events, event -> event.topicSlugs().stream()),
                topics::findBySlugIn, Topic::slug);
        Map<UUID, Origin> originMap = origins.isPresent()
                ? origins.get().of(events.stream().map(Event::id).toList()) : Map.of();
        return events.stream().map(event -> new EventDetails(event,
                event.organizerSlugs().stream().map(organizerMap::get).filter(Objects::nonNull).toList(),
                event.networkSlug() == null ? null : networkMap.get(event.networkSlug()),
                event.citySlug() == null ? null : cityMap.get(event.citySlug()),
                event.topicSlugs().stream().map(topicMap::get).filter(Objects::nonNull).toList(),
                originMap.get(event.id()))).toList();
    }

    public EventDetails load(Event event) {
        return load(List.of(event)).get(0);
    }

    private static Set<String> slugs(List<Event> events, Function<Event, Stream<String>> references) {
        return events.stream().flatMap(references).collect(Collectors.toSet());
    }

    /** Only the rows these events refer to: one query per kind, none when nothing is referred to. */
    private static <T> Map<String, T> lookup(Set<String> slugs, Function<Collection<String>, List<T>> finder,
                                             Function<T, String> slug) {
        return slugs.isEmpty() ? Map.of()
                : finder.apply(slugs).stream().collect(Collectors.toMap(slug, Function.identity()));
    }
}
