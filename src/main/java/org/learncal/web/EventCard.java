package org.learncal.web;

import io.micronaut.core.annotation.Nullable;
import org.learncal.event.Event;
import org.learncal.event.EventDetails;
import org.learncal.event.EventStatus;
import org.learncal.reference.City;
import org.learncal.reference.Organizer;
import org.learncal.text.Wire;

import java.util.List;

/** One event in a list of results: enough to choose it, in the reader's language. */
public record EventCard(String url, String title, When when, String format, List<String> organizers,
                        @Nullable String city, String status, @Nullable String statusLabel, String language) {

    public static EventCard of(EventDetails details, Language language, Messages messages) {
        Event event = details.event();
        String status = Wire.of(event.status());
        return new EventCard("/events/" + event.id(), event.title(), When.of(event.schedule(), language.locale()),
                messages.get(language, "format." + Wire.of(event.format())),
                details.organizers().stream().map(Organizer::name).toList(), cityName(details.city()), status,
                event.status() == EventStatus.SCHEDULED ? null
                        : messages.get(language, "status." + status),
                event.language());
    }

    static @Nullable String cityName(@Nullable City city) {
        return city == null ? null : city.name() + " (" + city.country() + ")";
    }
}
