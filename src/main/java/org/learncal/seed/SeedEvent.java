package org.learncal.seed;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.learncal.event.Audience;
import org.learncal.event.Cost;
import org.learncal.event.Event;
import org.learncal.event.EventFormat;
import org.learncal.event.EventStatus;
import org.learncal.event.Schedule;
import org.learncal.event.Report;
import org.learncal.event.Translation;
import org.learncal.event.Translations;
import org.learncal.event.Venue;
import org.learncal.text.Wire;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * An event as written in seed-data/events.json: local times in its zone, or dates alone when all-day; spoken in
 * the language of its text unless {@code spokenLanguages} says otherwise.
 */
@Serdeable
record SeedEvent(UUID id, String slug, String title, String description, String language,
                 @Nullable List<String> spokenLanguages, String timeZone,
                 @Nullable LocalDateTime start, @Nullable LocalDateTime end,
                 @Nullable LocalDate startDate, @Nullable LocalDate endDate, String format,
                 @Nullable SeedVenue venue, @Nullable String city, @Nullable String joinUrl,
                 @Nullable String registrationUrl, List<String> organizers, @Nullable String network,
                 List<String> topics, List<String> audience, @Nullable Boolean free, @Nullable String cost,
                 @Nullable Boolean recording, List<String> accessibility, String status,
                 @Nullable String statusReason, int sequence, Instant created, Instant updated,
                 @Nullable SeedReport report, @Nullable Map<String, SeedTranslation> translations) {

    /** The report the event is known from (see {@link Report}). */
    @Serdeable
    record SeedReport(@Nullable String note, @Nullable String url) {
    }

    /** A translation as seed data gives it, with its origin and outdated mark as they stand. */
    @Serdeable
    record SeedTranslation(String title, String description, @Nullable String statusReason, String origin,
                           boolean outdated) {
    }

    @Serdeable
    record SeedVenue(String name, @Nullable String address, @Nullable Double latitude, @Nullable Double longitude) {
    }

    Event toEvent() {
        ZoneId zone = ZoneId.of(timeZone);
        Schedule schedule = startDate != null
                ? Schedule.allDay(startDate, endDate == null ? startDate : endDate, zone)
                : Schedule.timed(start, end, zone);
        return new Event(id, slug, title, description, language, spokenLanguages, schedule,
                wire(EventFormat.class, format),
                venue == null ? null : new Venue(venue.name(), venue.address(), venue.latitude(), venue.longitude()),
                city, joinUrl, registrationUrl, organizers, network, topics,
                audience.stream().map(value -> wire(Audience.class, value)).toList(), new Cost(free, cost),
                recording, accessibility, wire(EventStatus.class, status), statusReason, sequence, created, updated,
                report == null ? Report.NONE : new Report(report.url(), report.note()), toTranslations());
    }

    private Translations toTranslations() {
        Map<String, Translation> byLanguage = new TreeMap<>();
        if (translations != null) {
            translations.forEach((tag, t) -> byLanguage.put(tag, new Translation(t.title(), t.description(),
                    t.statusReason(), wire(Translation.Origin.class, t.origin()), t.outdated())));
        }
        return new Translations(byLanguage);
    }

    private <E extends Enum<E>> E wire(Class<E> type, String value) {
        return Wire.parse(type, value).orElseThrow(() -> new IllegalArgumentException(
                "event " + slug + ": '" + value + "' is not one of " + Wire.allOf(type)));
    }
}
