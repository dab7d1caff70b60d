package org.learncal.web;

import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import org.learncal.event.Event;
import org.learncal.event.EventDetails;
import org.learncal.event.EventFormat;
import org.learncal.event.LocalizedText;
import org.learncal.event.Schedule;
import org.learncal.event.Venue;
import org.learncal.reference.City;
import org.learncal.reference.Organizer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The schema.org Event of an event page, as JSON-LD that search engines and tools read. */
@Singleton
public class EventJsonLd {
    private static final String SCHEMA = "https://schema.org/";

    private final ObjectMapper json;

    public EventJsonLd(ObjectMapper json) {
        this.json = json;
    }

    /**
     * The JSON text, safe inside a script element: every '<' is written as its JSON escape, so no
     * {@code </script>} or {@code <!--} in a title or description can end or bend the element.
     */
    public String script(EventDetails details, LocalizedText text, String pageUrl) {
        try {
            return json.writeValueAsString(build(details, text, pageUrl)).replace("<", "\\u003c");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The event in the page's text language, its names in other languages as alternates. */
    public Map<String, Object> build(EventDetails details, LocalizedText text, String pageUrl) {
        Event event = details.event();
        Map<String, Object> ld = new LinkedHashMap<>();
        ld.put("@context", "https://schema.org");
        ld.put("@type", "Event");
        ld.put("name", text.title());
        List<Map<String, String>> otherNames = LocalizedText.languages(event).stream()
                .filter(tag -> !tag.equals(text.language()))
                .map(tag -> Map.of("@value", LocalizedText.in(event, tag).title(), "@language", tag)).toList();
        if (!otherNames.isEmpty()) {
            ld.put("alternateName", otherNames);
        }
        ld.put("description", text.description());
        Schedule schedule = event.schedule();
        ld.put("startDate", schedule.allDay() ? schedule.firstDay().toString()
                : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(schedule.localStart()));
        ld.put("endDate", schedule.allDay() ? schedule.lastDay().toString()
                : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(schedule.localEnd()));
        ld.put("eventStatus", SCHEMA + switch (event.status()) {
            case SCHEDULED -> "EventScheduled";
            case POSTPONED -> "EventPostponed";
            case CANCELLED -> "EventCancelled";
        });
        ld.put("eventAttendanceMode", SCHEMA + switch (event.format()) {
            case ONLINE -> "OnlineEventAttendanceMode";
            case IN_PERSON -> "OfflineEventAttendanceMode";
            case HYBRID -> "MixedEventAttendanceMode";
        });
        List<Object> locations = locations(event, details.city());
        ld.put("location", locations.size() == 1 ? locations.get(0) : locations);
        ld.put("organizer", details.organizers().stream().map(EventJsonLd::organization).toList());
        // schema.org: an Event's inLanguage is the language of its performance, so the languages spoken there;
        // the page's own text language is its lang attribute
        List<String> spoken = event.spokenLanguages();
        ld.put("inLanguage", spoken.size() == 1 ? spoken.get(0) : spoken);
        if (event.cost().free() != null) {
            ld.put("isAccessibleForFree", event.cost().free());
        }
        ld.put("url", pageUrl);
        return ld;
    }

    private static List<Object> locations(Event event, City city) {
        List<Object> locations = new ArrayList<>();
        if (event.format() != EventFormat.ONLINE) {
            locations.add(place(event.venue(), city));
        }
        if (event.format() != EventFormat.IN_PERSON) {
            Map<String, Object> virtual = new LinkedHashMap<>();
            virtual.put("@type", "VirtualLocation");
            if (event.joinUrl() != null) {
                virtual.put("url", event.joinUrl());
            }
            locations.add(virtual);
        }
        return locations;
    }

    private static Map<String, Object> place(Venue venue, City city) {
        Map<String, Object> place = new LinkedHashMap<>();
        place.put("@type", "Place");
        place.put("name", venue != null ? venue.name() : city.name());
        Map<String, Object> address = new LinkedHashMap<>();
        address.put("@type", "PostalAddress");
        if (venue != null && venue.address() != null) {
            address.put("streetAddress", venue.address());
        }
        if (city != null) {
            address.put("addressLocality", city.name());
            address.put("addressCountry", city.country());
        }
        place.put("address", address);
        if (venue != null && venue.hasPosition()) {
            place.put("geo", Map.of("@type", "GeoCoordinates", "latitude", venue.latitude(),
                    "longitude", venue.longitude()));
        }
        return place;
    }

    private static Map<String, Object> organization(Organizer organizer) {
        Map<String, Object> organization = new LinkedHashMap<>();
        organization.put("@type", "Organization");
        organization.put("name", organizer.name());
        if (organizer.website() != null) {
            organization.put("url", organizer.website());
        }
        return organization;
    }
}
