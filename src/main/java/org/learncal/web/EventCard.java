package org.learncal.web;

import io.micronaut.core.annotation.Nullable;
import org.learncal.event.Event;
import org.learncal.event.EventDetails;
import org.learncal.event.EventStatus;
import org.learncal.event.LocalizedText;
import org.learncal.reference.City;
import org.learncal.reference.Organizer;
import org.learncal.text.LanguageChoice;
import org.learncal.text.Wire;

import java.util.List;

/** One event in a list of results: enough to choose it, in the reader's language (its title too, if translated). */
public record EventCard(String url, String title, When when, String format, List<String> organizers,
                        @Nullable String city, String status, @Nullable String statusLabel, String language) {

    public static EventCard of(EventDetails details, Language language, Messages messages) {
        Event event = details.event();
        LocalizedText text = LocalizedText.of(event, LanguageChoice.only(language.tag()));
        String status = Wire.of(event.status());
        return new EventCard("/events/" + event.id(), text.title(), When.of(event.schedule(), language.locale()),
                messages.get(language, "format." + Wire.of(event.format())),
                details.organizers().stream().map(Organizer::name).toList(), cityName(details.city()), status,
                event.status() == EventStatus.SCHEDULED ? null
                        : messages.get(language, "status." + status),
                text.language());
    }

    static @Nullable String cityName(@Nullable City city) {
        return city == null ? null : city.name() + " (" + city.country() + ")";
    }
}
