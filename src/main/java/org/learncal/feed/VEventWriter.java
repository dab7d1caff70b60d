package org.learncal.feed;

import jakarta.inject.Singleton;
import org.learncal.event.Event;
import org.learncal.event.EventDetails;
import org.learncal.event.EventFormat;
import org.learncal.event.EventStatus;
import org.learncal.event.LocalizedText;
import org.learncal.text.LanguageChoice;
import io.micronaut.core.annotation.Nullable;
import org.learncal.event.Schedule;
import org.learncal.event.Venue;
import org.learncal.link.LinkFactory;
import org.learncal.reference.City;
import org.learncal.reference.Organizer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Writes one event as a VEVENT. The UID comes from the event id alone, so a moved event stays one event;
 * DTSTAMP is the last change, so a poll without changes sees identical bytes.
 */
@Singleton
class VEventWriter {
    private final FeedConfiguration configuration;
    private final LinkFactory links;

    VEventWriter(FeedConfiguration configuration, LinkFactory links) {
        this.configuration = configuration;
        this.links = links;
    }

    /**
     * The event with its text in {@code textLanguage} when it has a translation in it (else the original; null:
     * the original), {@code LANGUAGE=} naming the language of the text actually written.
     */
    IcsWriter write(IcsWriter out, EventDetails details, @Nullable String textLanguage) {
        Event event = details.event();
        LocalizedText text = textLanguage == null ? LocalizedText.in(event, event.language())
                : LocalizedText.of(event, LanguageChoice.only(textLanguage));
        String language = ";LANGUAGE=" + IcsWriter.parameter(text.language());
        out.begin("VEVENT")
                .raw("UID", event.id() + "@" + configuration.uidHost())
                .raw("DTSTAMP", IcsWriter.utc(event.updatedAt()))
                .raw("CREATED", IcsWriter.utc(event.createdAt()))
                .raw("LAST-MODIFIED", IcsWriter.utc(event.updatedAt()))
                .raw("SEQUENCE", Integer.toString(event.sequence()));
        writeTimes(out, event.schedule());
        String page = links.event(event.id()).html();
        out.text("SUMMARY" + language, text.title())
                .text("DESCRIPTION" + language, EventText.description(event, text, page))
                .raw("URL;VALUE=URI", page)
                .text("LOCATION", location(event, details.city(), FeedWording.of(text.language())));
        Venue venue = event.venue();
        if (venue != null && venue.hasPosition()) {
            out.raw("GEO", decimal(venue.latitude()) + ";" + decimal(venue.longitude()));
        }
        if (!details.topics().isEmpty()) {
            out.textList("CATEGORIES" + language,
                    details.topics().stream().map(topic -> topic.label(text.language())).toList());
        }
        writeOrganizer(out, event, details.organizers());
        out.raw("STATUS", status(event.status()));
        if (event.format() != EventFormat.IN_PERSON && event.joinUrl() != null) {
            out.raw("CONFERENCE;VALUE=URI;FEATURE=AUDIO,VIDEO;LABEL="
                    + IcsWriter.parameter(EventText.joinLabel(text)), event.joinUrl());
        }
        return out.end("VEVENT");
    }

    /** Timed events in their own zone (UTC when the zone is a fixed offset); all-day events as dates. */
    private static void writeTimes(IcsWriter out, Schedule schedule) {
        if (schedule.allDay()) {
            out.raw("DTSTART;VALUE=DATE", IcsWriter.date(schedule.firstDay()))
                    .raw("DTEND;VALUE=DATE", IcsWriter.date(schedule.lastDay().plusDays(1)));
        } else if (VTimeZones.needsDefinition(schedule.zone())) {
            String zone = ";TZID=" + IcsWriter.parameter(schedule.zone().getId());
            out.raw("DTSTART" + zone, IcsWriter.local(schedule.localStart().toLocalDateTime()))
                    .raw("DTEND" + zone, IcsWriter.local(schedule.localEnd().toLocalDateTime()));
        } else {
            out.raw("DTSTART", IcsWriter.utc(schedule.start())).raw("DTEND", IcsWriter.utc(schedule.end()));
        }
    }

    /** The first organizer, by e-mail when known, else by its website, else by its LearnCal page. */
    private void writeOrganizer(IcsWriter out, Event event, List<Organizer> organizers) {
        String slug = event.organizerSlugs().get(0);
        Organizer organizer = organizers.isEmpty() ? null : organizers.get(0);
        String name = organizer == null ? slug : organizer.name();
        String uri = organizer != null && organizer.email() != null ? "mailto:" + organizer.email()
                : organizer != null && organizer.website() != null ? organizer.website()
                : links.organizer(slug).html();
        out.raw("ORGANIZER;CN=" + IcsWriter.parameter(name), uri);
    }

    /** Venue and city for events held in a place, "Online" for the others, worded as the text is. */
    private static String location(Event event, City city, FeedWording words) {
        if (event.format() == EventFormat.ONLINE) {
            return words.get("location.online");
        }
        Venue venue = event.venue();
        List<String> parts = new ArrayList<>();
        if (venue != null) {
            parts.add(venue.name());
            parts.add(venue.address());
        }
        if (city != null && parts.stream().filter(Objects::nonNull).noneMatch(part -> part.contains(city.name()))) {
            parts.add(city.name());
        }
        String place = String.join(", ", parts.stream().filter(Objects::nonNull).toList());
        return event.format() == EventFormat.HYBRID ? words.get("location.andOnline", place) : place;
    }

    private static String status(EventStatus status) {
        return switch (status) {
            case SCHEDULED -> "CONFIRMED";
            case POSTPONED -> "TENTATIVE";
            case CANCELLED -> "CANCELLED";
        };
    }

    private static String decimal(double value) {
        return BigDecimal.valueOf(value).toPlainString();
    }
}
