package org.learncal.event;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.learncal.link.LinkFactory;
import org.learncal.link.Links;
import org.learncal.reference.City;
import org.learncal.reference.Network;
import org.learncal.reference.Organizer;
import org.learncal.reference.Topic;
import org.learncal.text.LanguageChoice;
import org.learncal.text.Wire;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * An event as the JSON API shows it: instants in UTC, the same in the event's zone, and for all-day events
 * the dates alone ({@code localStart}/{@code localEnd} are then null: no hour is known). {@code language} is the
 * language of the original text, {@code spokenLanguages} those spoken at the event.
 */
@Serdeable
public record EventView(UUID id, String slug, String title, String description, String language,
                        List<String> spokenLanguages, String textLanguage, String textOrigin, boolean textOutdated, List<String> textLanguages,
                        @Nullable Map<String, TranslationView> translations,
                        boolean allDay, Instant start, Instant end, String timeZone, boolean timeZoneGivenBySource,
                        @Nullable OffsetDateTime localStart, @Nullable OffsetDateTime localEnd,
                        @Nullable LocalDate startDate, @Nullable LocalDate endDate,
                        String format, @Nullable VenueView venue, @Nullable Ref city,
                        @Nullable String joinUrl, @Nullable String registrationUrl,
                        List<Ref> organizers, @Nullable Ref network, List<TopicRef> topics,
                        List<String> audience, @Nullable Boolean free, @Nullable String cost,
                        @Nullable Boolean recording, List<String> accessibility,
                        String status, @Nullable String statusReason, int sequence,
                        Instant created, Instant updated, @Nullable ReportView report, @Nullable Origin source,
                        Links links) {

    /** A reference to another resource by slug and name (cities also give their country). */
    @Serdeable
    public record Ref(String slug, String name, @Nullable String country) {
    }

    /** The report an event is known from: its note and, when known, its link. */
    @Serdeable
    public record ReportView(String note, @Nullable String url) {
    }

    /** A topic with its label in the language of the event's text, and its labels in every language. */
    @Serdeable
    public record TopicRef(String slug, String label, Map<String, String> labels) {
    }

    /** A translation as {@code translations=all} lists it. */
    @Serdeable
    public record TranslationView(String title, String description, @Nullable String statusReason, String origin,
                                  boolean outdated) {
        static TranslationView of(Translation translation) {
            return new TranslationView(translation.title(), translation.description(), translation.statusReason(),
                    Wire.of(translation.origin()), translation.outdated());
        }
    }

    /** The place of an in-person or hybrid event. */
    @Serdeable
    public record VenueView(String name, @Nullable String address, @Nullable Double latitude,
                            @Nullable Double longitude) {
    }

    public static EventView of(EventDetails details, LinkFactory links) {
        return of(details, links, LanguageChoice.ORIGINAL, false);
    }

    /** The event with its text in the language chosen, and all its translations when {@code allTranslations}. */
    public static EventView of(EventDetails details, LinkFactory links, LanguageChoice choice,
                               boolean allTranslations) {
        Event event = details.event();
        LocalizedText text = LocalizedText.of(event, choice);
        Schedule schedule = event.schedule();
        boolean allDay = schedule.allDay();
        Venue venue = event.venue();
        return new EventView(event.id(), event.slug(), text.title(), text.description(), event.language(),
                event.spokenLanguages(), text.language(), text.origin(), text.outdated(), LocalizedText.languages(event),
                allTranslations ? translations(event) : null,
                allDay, schedule.start(), schedule.end(), schedule.zone().getId(), schedule.zoneGivenBySource(),
                allDay ? null : schedule.localStart().toOffsetDateTime(),
                allDay ? null : schedule.localEnd().toOffsetDateTime(),
                allDay ? schedule.firstDay() : null, allDay ? schedule.lastDay() : null,
                Wire.of(event.format()),
                venue == null ? null : new VenueView(venue.name(), venue.address(), venue.latitude(),
                        venue.longitude()),
                city(details.city()), event.joinUrl(), event.registrationUrl(),
                details.organizers().stream().map(EventView::organizer).toList(), network(details.network()),
                details.topics().stream().map(topic -> topic(topic, text.language())).toList(),
                event.audience().stream().map(Wire::of).toList(), event.cost().free(), event.cost().text(),
                event.recording(), event.accessibility(), Wire.of(event.status()), text.statusReason(),
                event.sequence(), event.createdAt(), event.updatedAt(),
                event.report().isReport() ? new ReportView(event.report().note(), event.report().url()) : null,
                details.origin(), links.event(event.id()));
    }

    private static Map<String, TranslationView> translations(Event event) {
        Map<String, TranslationView> views = new TreeMap<>();
        event.translations().byLanguage().forEach((tag, t) -> views.put(tag, TranslationView.of(t)));
        return views;
    }

    private static Ref organizer(Organizer organizer) {
        return new Ref(organizer.slug(), organizer.name(), null);
    }

    private static @Nullable Ref network(@Nullable Network network) {
        return network == null ? null : new Ref(network.slug(), network.name(), null);
    }

    private static @Nullable Ref city(@Nullable City city) {
        return city == null ? null : new Ref(city.slug(), city.name(), city.country());
    }

    private static TopicRef topic(Topic topic, String language) {
        return new TopicRef(topic.slug(), topic.label(language), topic.labels());
    }
}
