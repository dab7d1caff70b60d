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
import org.learncal.reference.Topic;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * Writes one event as a VEVENT. The UID comes from the event id alone, so a moved event stays one event;
 * DTSTAMP is the last change, so a poll without changes sees identical bytes.
 */
@Singleton
class VEventWriter {
    private static final Memo<String, TextNames> NAMES = new Memo<>();
    private static final Memo<String, LanguageChoice> CHOICES = new Memo<>();
    private static final Memo<String, String> ZONE_PARAMETERS = new Memo<>();

    private final FeedConfiguration configuration;
    private final LinkFactory links;

    VEventWriter(FeedConfiguration configuration, LinkFactory links) {
        this.configuration = configuration;
        this.links = links;
    }

    /**
     * The event with its text in {@code textLanguage} when it has a translation in it (else the original; null:
     * the original), {@code LANGUAGE=} naming the language of the text actually written. The language asked for
     * matters only through the text it chooses: an event without translations is written the same in every
     * language, and {@link EventFragments} keeps one fragment of it for all of them.
     */
    IcsWriter write(IcsWriter out, EventDetails details, @Nullable String textLanguage) {
        Event event = details.event();
        LocalizedText text = text(event, textLanguage);
        TextNames names = NAMES.get(text.language(), TextNames::of);
        String updated = IcsWriter.utc(event.updatedAt());
        out.begin("VEVENT")
                .raw("UID", event.id() + "@" + configuration.uidHost())
                .raw("DTSTAMP", updated)
                .raw("CREATED", IcsWriter.utc(event.createdAt()))
                .raw("LAST-MODIFIED", updated)
                .raw("SEQUENCE", Integer.toString(event.sequence()));
        writeTimes(out, event.schedule());
        String page = links.eventPage(event.id());
        out.text(names.summary(), text.title())
                .text(names.description(), EventText.description(event, text, page))
                .raw("URL;VALUE=URI", page)
                .text("LOCATION", location(event, details.city(), FeedWording.of(text.language())));
        Venue venue = event.venue();
        if (venue != null && venue.hasPosition()) {
            out.raw("GEO", decimal(venue.latitude()) + ";" + decimal(venue.longitude()));
        }
        if (!details.topics().isEmpty()) {
            List<String> labels = new ArrayList<>(details.topics().size());
            for (Topic topic : details.topics()) {
                labels.add(topic.label(text.language()));
            }
            out.textList(names.categories(), labels);
        }
        writeOrganizer(out, event, details.organizers());
        out.raw("STATUS", status(event.status()));
        if (event.format() != EventFormat.IN_PERSON && event.joinUrl() != null) {
            out.raw(names.conference(), event.joinUrl());
        }
        return out.end("VEVENT");
    }

    /**
     * The text to write. Without translations the original is the only choice, whatever the language asked for
     * ({@link LanguageChoice#choose}): most events have none, so most skip matching language ranges.
     */
    private static LocalizedText text(Event event, @Nullable String textLanguage) {
        if (textLanguage == null || event.translations().languages().isEmpty()) {
            return LocalizedText.in(event, event.language());
        }
        return LocalizedText.of(event, CHOICES.get(textLanguage, LanguageChoice::only));
    }

    /** The names and parameters of the properties that carry text, for one language of text. */
    private record TextNames(String summary, String description, String categories, String conference) {
        static TextNames of(String language) {
            String parameter = ";LANGUAGE=" + IcsWriter.parameter(language);
            return new TextNames("SUMMARY" + parameter, "DESCRIPTION" + parameter, "CATEGORIES" + parameter,
                    "CONFERENCE;VALUE=URI;FEATURE=AUDIO,VIDEO;LABEL="
                            + IcsWriter.parameter(FeedWording.of(language).get("joinOnline")));
        }
    }

    /** Timed events in their own zone (UTC when the zone is a fixed offset); all-day events as dates. */
    private static void writeTimes(IcsWriter out, Schedule schedule) {
        if (schedule.allDay()) {
            out.raw("DTSTART;VALUE=DATE", IcsWriter.date(schedule.firstDay()))
                    .raw("DTEND;VALUE=DATE", IcsWriter.date(schedule.lastDay().plusDays(1)));
        } else if (VTimeZones.needsDefinition(schedule.zone())) {
            String zone = ZONE_PARAMETERS.get(schedule.zone().getId(), id -> ";TZID=" + IcsWriter.parameter(id));
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
        String name = venue == null ? null : venue.name();
        String address = venue == null ? null : venue.address();
        boolean cityNamed = city == null || contains(name, city.name()) || contains(address, city.name());
        StringJoiner place = new StringJoiner(", ");
        for (String part : new String[] {name, address, cityNamed ? null : city.name()}) {
            if (part != null) {
                place.add(part);
            }
        }
        return event.format() == EventFormat.HYBRID ? words.get("location.andOnline", place.toString())
                : place.toString();
    }

    private static boolean contains(@Nullable String part, String text) {
        return part != null && part.contains(text);
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
