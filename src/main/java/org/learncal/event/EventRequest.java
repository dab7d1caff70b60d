package org.learncal.event;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.learncal.problem.InputErrors;
import org.learncal.reference.Vocabulary;
import org.learncal.text.Checks;
import org.learncal.text.Languages;
import org.learncal.text.Wire;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * An event as a publisher writes it (POST and PUT): local times in {@code timeZone}, or dates alone for an
 * all-day event. It turns itself into an {@link Event}, naming every problem in one 400. Without
 * {@code translations} a replace keeps the stored ones; {@code {}} removes them. {@code spokenLanguages} are the
 * languages spoken at the event, {@code language} the one its text is in (see {@link SpokenLanguages}).
 */
@Serdeable
public record EventRequest(@Nullable String title, @Nullable String description, @Nullable String language,
                           @Nullable List<String> spokenLanguages, @Nullable String timeZone,
                           @Nullable String start, @Nullable String end,
                           @Nullable String startDate, @Nullable String endDate, @Nullable String format,
                           @Nullable VenueRequest venue, @Nullable String city, @Nullable String joinUrl,
                           @Nullable String registrationUrl, @Nullable List<String> organizers,
                           @Nullable String network, @Nullable List<String> topics, @Nullable List<String> audience,
                           @Nullable Boolean free, @Nullable String cost, @Nullable Boolean recording,
                           @Nullable List<String> accessibility,
                           @Nullable Map<String, TranslationRequest> translations) {

    /** Where an in-person or hybrid event takes place. */
    @Serdeable
    public record VenueRequest(@Nullable String name, @Nullable String address, @Nullable Double latitude,
                               @Nullable Double longitude) {
    }

    /** A new scheduled event at sequence 0, or a 400 naming every problem. */
    public Event toEvent(UUID id, String slug, Instant now, Vocabulary vocabulary) {
        InputErrors errors = new InputErrors();
        Checks.text(errors, "title", title, 300, true);
        Checks.text(errors, "description", description, 20000, false);
        String tag = language(errors);
        List<String> spoken = SpokenLanguages.parse(errors, spokenLanguages, tag);
        ZoneId zone = zone(errors);
        Schedule schedule = zone == null ? null
                : ScheduleFields.parse(errors, zone, start, end, startDate, endDate);
        EventFormat eventFormat = format(errors);
        Venue place = venue(errors);
        known(errors, "city", city == null ? List.of() : List.of(city), vocabulary::isCity, "city", "cities");
        known(errors, "network", network == null ? List.of() : List.of(network), vocabulary::isNetwork,
                "network", "networks");
        Checks.url(errors, "joinUrl", joinUrl);
        Checks.url(errors, "registrationUrl", registrationUrl);
        List<String> organizerSlugs = slugs(errors, "organizers", organizers);
        if (organizers == null || organizers.isEmpty()) {
            errors.add("organizers", "an event needs at least one organizer");
        }
        known(errors, "organizers", organizerSlugs, vocabulary::isOrganizer, "organizer", "organizers");
        List<String> topicSlugs = slugs(errors, "topics", topics);
        known(errors, "topics", topicSlugs, vocabulary::isTopic, "topic", "topics");
        List<Audience> audiences = audience(errors);
        Checks.text(errors, "cost", cost, 200, false);
        List<String> access = accessibility(errors);
        Translations texts = TranslationRequest.parse(errors, translations, tag, title, description);
        if (eventFormat != null) {
            Event.checkAttendance(errors, eventFormat, joinUrl, venue != null || city != null, false);
        }
        errors.throwIfAny();
        return new Event(id, slug, title.strip(), description == null ? "" : description, tag, spoken, schedule,
                eventFormat, place, city, joinUrl, registrationUrl, organizerSlugs, network, topicSlugs, audiences,
                new Cost(free, cost), recording, access, EventStatus.SCHEDULED, null, 0, now, now,
                Report.NONE, texts);
    }

    private String language(InputErrors errors) {
        if (language == null || language.isBlank()) {
            errors.add("language", "is required: a BCP 47 tag such as fr, en or fr-CA");
            return null;
        }
        if (!Languages.isWellFormed(language) || language.length() > 35) {
            errors.add("language", "'" + language + "' is not a BCP 47 language tag");
            return null;
        }
        return Languages.canonical(language);
    }

    private ZoneId zone(InputErrors errors) {
        if (timeZone == null || timeZone.isBlank()) {
            errors.add("timeZone", "is required: an IANA time zone such as Africa/Casablanca");
            return null;
        }
        try {
            if (timeZone.contains("/") || timeZone.equals("UTC")) {
                return ZoneId.of(timeZone);
            }
        } catch (DateTimeException e) {
            // answered below
        }
        errors.add("timeZone", "'" + timeZone + "' is not an IANA time zone such as Europe/Paris");
        return null;
    }

    private EventFormat format(InputErrors errors) {
        if (format == null) {
            errors.add("format", "is required: one of " + Wire.allOf(EventFormat.class));
            return null;
        }
        return Wire.parse(EventFormat.class, format).orElseGet(() -> {
            errors.add("format", "'" + format + "' is not one of " + Wire.allOf(EventFormat.class));
            return null;
        });
    }

    private Venue venue(InputErrors errors) {
        if (venue == null) {
            return null;
        }
        Checks.text(errors, "venue.name", venue.name(), 300, true);
        Checks.text(errors, "venue.address", venue.address(), 500, false);
        if (venue.latitude() != null && Math.abs(venue.latitude()) > 90) {
            errors.add("venue.latitude", "must be between -90 and 90");
        }
        if (venue.longitude() != null && Math.abs(venue.longitude()) > 180) {
            errors.add("venue.longitude", "must be between -180 and 180");
        }
        if ((venue.latitude() == null) != (venue.longitude() == null)) {
            errors.add("venue.latitude", "give both latitude and longitude, or neither");
        }
        return venue.name() == null ? null
                : new Venue(venue.name().strip(), venue.address(), venue.latitude(), venue.longitude());
    }

    private static List<String> slugs(InputErrors errors, String name, @Nullable List<String> values) {
        if (values == null) {
            return List.of();
        }
        if (values.stream().anyMatch(Objects::isNull)) {
            errors.add(name, "must not contain null");
        }
        return values.stream().filter(Objects::nonNull).distinct().toList();
    }

    private static void known(InputErrors errors, String name, List<String> slugs, Predicate<String> known,
                              String what, String listing) {
        slugs.stream().filter(known.negate()).forEach(slug -> errors.add(name,
                "'" + slug + "' is not a known " + what + " (see /api/" + listing + ")"));
    }

    private List<Audience> audience(InputErrors errors) {
        return slugs(errors, "audience", audience).stream().map(value -> Wire.parse(Audience.class, value)
                .orElseGet(() -> {
                    errors.add("audience", "'" + value + "' is not one of " + Wire.allOf(Audience.class));
                    return null;
                })).filter(Objects::nonNull).toList();
    }

    private List<String> accessibility(InputErrors errors) {
        List<String> values = slugs(errors, "accessibility", accessibility);
        values.stream().filter(value -> value.isBlank() || value.contains(",") || value.length() > 60)
                .forEach(value -> errors.add("accessibility",
                        "'" + value + "' must be a short label without commas, such as captions"));
        if (String.join(",", values).length() > 500) {
            errors.add("accessibility", "may have at most 500 characters in all");
        }
        return values;
    }
}
