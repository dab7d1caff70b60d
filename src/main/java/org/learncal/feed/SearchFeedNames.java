package org.learncal.feed;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.learncal.event.EventQuery;
import org.learncal.reference.City;
import org.learncal.reference.CityStore;
import org.learncal.reference.Network;
import org.learncal.reference.NetworkStore;
import org.learncal.reference.Organizer;
import org.learncal.reference.OrganizerStore;
import org.learncal.reference.TopicStore;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Names a search feed after its filters, as a calendar app shows it: "LearnCal: Literacy, in French".
 * Slugs were checked by the query parser, so each one names a row.
 */
@Singleton
class SearchFeedNames {
    private final TopicStore topics;
    private final NetworkStore networks;
    private final OrganizerStore organizers;
    private final CityStore cities;

    SearchFeedNames(TopicStore topics, NetworkStore networks, OrganizerStore organizers,
                    CityStore cities) {
        this.topics = topics;
        this.networks = networks;
        this.organizers = organizers;
        this.cities = cities;
    }

    record Names(String name, String description) {
    }

    Names describe(EventQuery query, FeedWording words) {
        List<String> parts = new ArrayList<>();
        Locale locale = words.locale();
        add(parts, words, null, query.values(EventQuery.Filter.TOPIC),
                slug -> topics.findById(slug).map(topic -> topic.label(words.language())).orElse(slug));
        if (query.text() != null) {
            parts.add("“" + query.text() + "”");
        }
        add(parts, words, null, query.values(EventQuery.Filter.FORMAT), format -> words.get("format." + format));
        add(parts, words, "search.by", query.values(EventQuery.Filter.ORGANIZER),
                slug -> organizers.findById(slug).map(Organizer::name).orElse(slug));
        add(parts, words, null, query.values(EventQuery.Filter.NETWORK),
                slug -> networks.findById(slug).map(Network::name).orElse(slug));
        add(parts, words, "search.inCity", query.values(EventQuery.Filter.CITY),
                slug -> cities.findById(slug).map(City::name).orElse(slug));
        add(parts, words, "search.inCountry", query.values(EventQuery.Filter.COUNTRY),
                code -> new Locale("", code).getDisplayCountry(locale));
        add(parts, words, "search.inLanguage", query.values(EventQuery.Filter.LANGUAGE),
                tag -> Locale.forLanguageTag(tag).getDisplayName(locale));
        add(parts, words, null, query.values(EventQuery.Filter.STATUS), status -> words.get("status." + status));
        if (query.free() != null) {
            parts.add(words.get(query.free() ? "search.free" : "search.notFree"));
        }
        if (query.from() != null) {
            parts.add(words.get("search.from", LocalDate.ofInstant(query.from(), ZoneOffset.UTC).toString()));
        }
        if (query.to() != null) {
            parts.add(words.get("search.until",
                    LocalDate.ofInstant(query.to().minusSeconds(1), ZoneOffset.UTC).toString()));
        }
        String subject = parts.isEmpty() ? words.get("search.all") : String.join(", ", parts);
        return new Names("LearnCal: " + subject, parts.isEmpty() ? words.get("search.everything")
                : words.get("search.matching", subject));
    }

    /** One filter's values joined by "or", framed by the wording of {@code key} ("by {0}") when not null. */
    private static void add(List<String> parts, FeedWording words, @Nullable String key, List<String> values,
                            Function<String, String> label) {
        if (!values.isEmpty()) {
            String joined = String.join(words.get("search.or"), values.stream().sorted().map(label).toList());
            parts.add(key == null ? joined : words.get(key, joined));
        }
    }
}
