package org.learncal.feed;

import jakarta.inject.Singleton;
import org.learncal.event.EventQuery;
import org.learncal.reference.City;
import org.learncal.reference.CityStore;
import org.learncal.reference.Network;
import org.learncal.reference.NetworkStore;
import org.learncal.reference.Organizer;
import org.learncal.reference.OrganizerStore;
import org.learncal.reference.Topic;
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

    Names describe(EventQuery query) {
        List<String> parts = new ArrayList<>();
        add(parts, "", query.values(EventQuery.Filter.TOPIC),
                slug -> topics.findById(slug).map(Topic::labelEn).orElse(slug));
        if (query.text() != null) {
            parts.add("“" + query.text() + "”");
        }
        add(parts, "", query.values(EventQuery.Filter.FORMAT), format -> format.replace('_', ' '));
        add(parts, "by ", query.values(EventQuery.Filter.ORGANIZER),
                slug -> organizers.findById(slug).map(Organizer::name).orElse(slug));
        add(parts, "", query.values(EventQuery.Filter.NETWORK),
                slug -> networks.findById(slug).map(Network::name).orElse(slug));
        add(parts, "in ", query.values(EventQuery.Filter.CITY),
                slug -> cities.findById(slug).map(City::name).orElse(slug));
        add(parts, "in ", query.values(EventQuery.Filter.COUNTRY),
                code -> new Locale("", code).getDisplayCountry(Locale.ENGLISH));
        add(parts, "in ", query.values(EventQuery.Filter.LANGUAGE),
                tag -> Locale.forLanguageTag(tag).getDisplayName(Locale.ENGLISH));
        add(parts, "", query.values(EventQuery.Filter.STATUS), status -> status);
        if (query.free() != null) {
            parts.add(query.free() ? "free" : "not free");
        }
        if (query.from() != null) {
            parts.add("from " + LocalDate.ofInstant(query.from(), ZoneOffset.UTC));
        }
        if (query.to() != null) {
            parts.add("until " + LocalDate.ofInstant(query.to().minusSeconds(1), ZoneOffset.UTC));
        }
        String subject = parts.isEmpty() ? "all events" : String.join(", ", parts);
        return new Names("LearnCal: " + subject, "Educational events listed on LearnCal"
                + (parts.isEmpty() ? "." : " matching: " + subject + "."));
    }

    private static void add(List<String> parts, String prefix, List<String> values, Function<String, String> label) {
        if (!values.isEmpty()) {
            parts.add(prefix + String.join(" or ", values.stream().sorted().map(label).toList()));
        }
    }
}
