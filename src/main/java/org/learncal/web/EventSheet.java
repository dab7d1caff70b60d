package org.learncal.web;

import io.micronaut.core.annotation.Nullable;
import org.learncal.event.Event;
import org.learncal.event.EventDetails;
import org.learncal.event.EventFormat;
import org.learncal.event.EventStatus;
import org.learncal.event.LocalizedText;
import org.learncal.text.Wire;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Everything the event page shows, worded for the reader's language; the event's own text is the organizer's, in
 * the reader's language when it has a translation (see {@link TextVersions}).
 */
public record EventSheet(String title, List<String> paragraphs, String languageTag, String spokenLanguages,
                         TextVersions versions,
                         When when, String format, boolean attendOnline,
                         String status, @Nullable String statusLabel, @Nullable String statusReason,
                         @Nullable String joinUrl, @Nullable String registrationUrl, List<Link> organizers,
                         @Nullable Link network, @Nullable Link city, List<String> topics, List<String> audience,
                         List<String> accessibility, String recording, String cost, @Nullable String venueName,
                         @Nullable String venueAddress, String place, @Nullable String reportNote,
                         @Nullable String reportUrl, @Nullable Link fromCalendar) {

    /** A link to another page of the site. */
    public record Link(String name, String url) {
    }

    /** The page in the reader's {@code language}, the event's text in the language {@code text} has. */
    public static EventSheet of(EventDetails details, LocalizedText text, Language language, Messages messages) {
        Event event = details.event();
        Locale locale = language.locale();
        String status = Wire.of(event.status());
        return new EventSheet(text.title(), paragraphs(text.description()), text.language(),
                spoken(event, language, messages), TextVersions.of(event, text, language, messages),
                When.of(event.schedule(), locale), messages.get(language, "format." + Wire.of(event.format())),
                event.format() != EventFormat.IN_PERSON,
                status, event.status() == EventStatus.SCHEDULED ? null : messages.get(language, "status." + status),
                text.statusReason(), event.joinUrl(), event.registrationUrl(),
                details.organizers().stream().map(o -> new Link(o.name(), "/organizers/" + o.slug())).toList(),
                details.network() == null ? null
                        : new Link(details.network().name(), "/networks/" + details.network().slug()),
                details.city() == null ? null
                        : new Link(EventCard.cityName(details.city()), "/cities/" + details.city().slug()),
                details.topics().stream().map(topic -> topic.label(language.tag())).toList(),
                event.audience().stream().map(a -> messages.get(language, "audience." + Wire.of(a))).toList(),
                event.accessibility(), messages.get(language, "recording." + event.recording()),
                cost(event, language, messages), event.venue() == null ? null : event.venue().name(),
                event.venue() == null ? null : event.venue().address(), place(details),
                event.report().note(), event.report().url(), fromCalendar(details, language, messages));
    }

    /** The languages spoken at the event, in the reader's: "French, also Arabic" (the main one first). */
    static String spoken(Event event, Language language, Messages messages) {
        List<String> names = event.spokenLanguages().stream()
                .map(tag -> TextVersions.name(tag, language.locale(), false)).toList();
        String main = TextVersions.name(event.spokenLanguages().get(0), language.locale(), true);
        return names.size() == 1 ? main : messages.get(language, "event.spokenAlso", main,
                String.join(messages.get(language, "event.spokenSeparator"), names.subList(1, names.size())));
    }

    /** "From the calendar of …", linking the external calendar the event is mirrored from. */
    private static @Nullable Link fromCalendar(EventDetails details, Language language, Messages messages) {
        if (details.origin() == null) {
            return null;
        }
        String owner = details.organizers().isEmpty() ? details.origin().url() : details.organizers().get(0).name();
        return new Link(messages.get(language, "event.fromCalendar", owner), details.origin().url());
    }

    /** Where to go, in one line for calendar apps: the venue, else the join link, else the city. */
    private static String place(EventDetails details) {
        Event event = details.event();
        if (event.venue() != null) {
            return event.venue().address() == null ? event.venue().name()
                    : event.venue().name() + ", " + event.venue().address();
        }
        if (event.joinUrl() != null) {
            return event.joinUrl();
        }
        return details.city() == null ? "" : EventCard.cityName(details.city());
    }

    private static String cost(Event event, Language language, Messages messages) {
        Boolean free = event.cost().free();
        String text = event.cost().text();
        String label = messages.get(language, "cost." + free);
        return text == null ? label : label + " – " + text;
    }

    private static List<String> paragraphs(String description) {
        return Arrays.stream(description.split("\\n\\s*\\n")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

}
