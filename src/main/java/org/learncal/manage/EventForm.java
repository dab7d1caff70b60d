package org.learncal.manage;

import io.micronaut.core.annotation.Nullable;
import org.learncal.event.Event;
import org.learncal.event.EventRequest;
import org.learncal.problem.InputErrors;
import org.learncal.text.Wire;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The event form's fields, named as in the JSON API, as the person typed them or as the event has them; and
 * the {@link EventRequest} they make. Only what the form itself must decide is decided here (which of the time
 * and place fields apply); every rule of the API is left to the request, so the same words come back.
 */
public record EventForm(Map<String, List<String>> values) {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    public static EventForm of(FormData form) {
        return new EventForm(form.values());
    }

    /** A new event of this organizer, in its city and that city's zone, online until said otherwise. */
    public static EventForm blank(@Nullable String organizer, @Nullable String city, @Nullable String zone) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        put(values, "organizers", organizer);
        values.put("format", List.of("online"));
        put(values, "city", city);
        put(values, "timeZone", zone);
        return new EventForm(values);
    }

    public static EventForm of(Event event) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        put(values, "title", event.title());
        put(values, "description", event.description());
        put(values, "language", event.language());
        put(values, "spokenLanguages", String.join(", ", event.spokenLanguages()));
        put(values, "timeZone", event.schedule().zone().getId());
        if (event.schedule().allDay()) {
            put(values, "allDay", "on");
            put(values, "startDate", event.schedule().firstDay().toString());
            put(values, "endDate", event.schedule().lastDay().toString());
        } else {
            put(values, "start", LOCAL.format(event.schedule().localStart()));
            put(values, "end", LOCAL.format(event.schedule().localEnd()));
        }
        put(values, "format", Wire.of(event.format()));
        if (event.venue() != null) {
            put(values, "venue.name", event.venue().name());
            put(values, "venue.address", event.venue().address());
            put(values, "venue.latitude", event.venue().latitude() == null ? null : event.venue().latitude().toString());
            put(values, "venue.longitude", event.venue().longitude() == null ? null : event.venue().longitude().toString());
        }
        put(values, "city", event.citySlug());
        put(values, "joinUrl", event.joinUrl());
        put(values, "registrationUrl", event.registrationUrl());
        put(values, "organizers", String.join(", ", event.organizerSlugs()));
        put(values, "network", event.networkSlug());
        values.put("topics", event.topicSlugs());
        values.put("audience", event.audience().stream().map(Wire::of).toList());
        put(values, "free", event.cost().free() == null ? null : event.cost().free().toString());
        put(values, "cost", event.cost().text());
        put(values, "recording", event.recording() == null ? null : event.recording().toString());
        put(values, "accessibility", String.join(", ", event.accessibility()));
        return new EventForm(values);
    }

    /** The first value of a field as typed ("" when none), for the template. */
    public String value(String name) {
        return new FormData(values).value(name);
    }

    /** Whether a checkbox or option with this value is chosen. */
    public boolean has(String name, String value) {
        return new FormData(values).has(name, value);
    }

    /**
     * The request these fields make. {@code cityZone} gives a city's zone, which an empty time zone takes;
     * what cannot even be read as the API's types (a latitude that is no number) goes to {@code errors}.
     */
    public EventRequest toRequest(InputErrors errors, Function<String, String> cityZone) {
        FormData form = new FormData(values);
        boolean allDay = form.checked("allDay");
        String format = form.get("format");
        boolean venueApplies = !"online".equals(format);
        boolean joinApplies = !"in_person".equals(format);
        String zone = form.get("timeZone") == null && form.get("city") != null ? cityZone.apply(form.get("city"))
                : form.get("timeZone");
        EventRequest.VenueRequest venue = venueApplies ? venue(form, errors) : null;
        // empty: spoken in the language of the text, as the API does when spokenLanguages is left out
        List<String> spoken = split(form.get("spokenLanguages"));
        return new EventRequest(form.get("title"), form.get("description"), form.get("language"),
                spoken.isEmpty() ? null : spoken, zone,
                allDay ? null : form.get("start"), allDay ? null : form.get("end"),
                allDay ? form.get("startDate") : null, allDay ? form.get("endDate") : null, format, venue,
                form.get("city"), joinApplies ? form.get("joinUrl") : null, form.get("registrationUrl"),
                split(form.get("organizers")), form.get("network"), form.all("topics"), form.all("audience"),
                bool(form.get("free")), form.get("cost"), bool(form.get("recording")),
                split(form.get("accessibility")), null);
    }

    private static EventRequest.VenueRequest venue(FormData form, InputErrors errors) {
        String name = form.get("venue.name");
        String address = form.get("venue.address");
        Double latitude = form.number("venue.latitude", errors);
        Double longitude = form.number("venue.longitude", errors);
        if (name == null && address == null && latitude == null && longitude == null) {
            return null;
        }
        return new EventRequest.VenueRequest(name, address, latitude, longitude);
    }

    private static List<String> split(@Nullable String text) {
        return text == null ? List.of() : Arrays.stream(text.split(",")).map(String::strip)
                .filter(part -> !part.isEmpty()).toList();
    }

    private static @Nullable Boolean bool(@Nullable String text) {
        return text == null ? null : Boolean.valueOf(text);
    }

    private static void put(Map<String, List<String>> values, String name, @Nullable String value) {
        if (value != null) {
            values.put(name, new ArrayList<>(List.of(value)));
        }
    }
}
