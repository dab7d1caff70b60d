package org.learncal.importer;

import io.micronaut.core.annotation.Nullable;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.learncal.event.Cost;
import org.learncal.event.Event;
import org.learncal.event.EventFormat;
import org.learncal.event.EventStatus;
import org.learncal.event.Schedule;
import org.learncal.event.Report;
import org.learncal.event.Venue;
import org.learncal.problem.InputErrors;
import org.learncal.problem.ProblemException;
import org.learncal.text.Checks;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Maps one occurrence to an event of the importing organizer: SUMMARY is the title, LOCATION the venue, URL the
 * event's page and a conference link the join link ({@link EventLinks}), CATEGORIES that name topics its topics. The format
 * follows from what is there; with neither place nor link, the event is held in the organizer's city.
 */
final class EventMapping {

    /** What every event of one import shares. */
    record Context(String organizer, @Nullable String organizerCity, FileZones zones, String language,
                   Predicate<String> isTopic, List<String> defaultTopics, @Nullable EventFormat defaultFormat) {
    }

    /** A component that cannot become an event, and why. */
    static final class Rejected extends RuntimeException {
        Rejected(String reason) {
            super(reason);
        }
    }

    private EventMapping() {
    }

    static boolean isCancelled(Occurrence occurrence) {
        return text(occurrence.component(), "STATUS").map(s -> s.equalsIgnoreCase("CANCELLED")).orElse(false);
    }

    static Event toEvent(Occurrence occurrence, Context context, UUID id, String slug, Instant now) {
        VEvent component = occurrence.component();
        ImportedTexts texts = ImportedTexts.of(component, context.language())
                .orElseThrow(() -> new Rejected("has no SUMMARY"));
        String title = texts.title();
        String description = texts.description();
        String location = text(component, "LOCATION").orElse(null);
        EventLinks links = EventLinks.of(name -> text(component, name));
        String joinUrl = links.join();
        InputErrors errors = new InputErrors();
        Checks.text(errors, "SUMMARY", title, 300, true);
        Checks.text(errors, "DESCRIPTION", description, 20000, false);
        texts.translations().byLanguage().forEach((language, translation) -> {
            Checks.text(errors, "SUMMARY;LANGUAGE=" + language, translation.title(), 300, true);
            Checks.text(errors, "DESCRIPTION;LANGUAGE=" + language, translation.description(), 20000, false);
        });
        Checks.text(errors, "LOCATION", location, 300, false);
        Checks.url(errors, "URL", links.page());
        Checks.url(errors, "join link", joinUrl);
        reject(errors);
        EventFormat format = format(joinUrl, location, context);
        String city = format == EventFormat.ONLINE ? null : context.organizerCity();
        if (format == EventFormat.IN_PERSON && location == null && city == null) {
            throw new Rejected("has neither LOCATION nor URL, and the organizer has no city to hold it in");
        }
        try {
            return new Event(id, slug, title, description, texts.language(), List.of(),
                    schedule(occurrence, context), format,
                    location == null ? null : new Venue(location, null, null, null), city, joinUrl, links.page(),
                    List.of(context.organizer()), null, topics(component, context), List.of(), Cost.UNKNOWN, null,
                    List.of(), isCancelled(occurrence) ? EventStatus.CANCELLED : EventStatus.SCHEDULED, null, 0, now,
                    now, Report.NONE, texts.translations());
        } catch (java.time.DateTimeException | IllegalArgumentException e) {
            throw new Rejected("has times LearnCal cannot read: " + e.getMessage());
        } catch (ProblemException e) {
            throw new Rejected(e.problem().errors() == null ? e.getMessage() : e.problem().errors().stream()
                    .map(error -> error.name() + " " + error.reason()).reduce((a, b) -> a + "; " + b).orElse(""));
        }
    }

    /**
     * What is there decides; a link without a LOCATION is online, or hybrid (held in the organizer's city too)
     * when that is the default the calendar's owner gave.
     */
    private static EventFormat format(@Nullable String joinUrl, @Nullable String location, Context context) {
        if (joinUrl == null) {
            return EventFormat.IN_PERSON;
        }
        if (location != null) {
            return EventFormat.HYBRID;
        }
        return context.defaultFormat() == EventFormat.HYBRID && context.organizerCity() != null
                ? EventFormat.HYBRID : EventFormat.ONLINE;
    }

    private static Schedule schedule(Occurrence occurrence, Context context) {
        Temporal start = occurrence.start();
        Temporal end = occurrence.end();
        if (end == null) {
            throw new Rejected("has neither DTEND nor DURATION; LearnCal needs to know when it ends");
        }
        FileZones.Resolved resolved = context.zones().of(occurrence.component(), "DTSTART");
        if (start instanceof LocalDateTime && context.zones().floatingProblem() != null) {
            throw new Rejected(context.zones().floatingProblem());
        }
        ZoneId named = resolved.zone() != null ? resolved.zone() : context.zones().floatingZone();
        Times.Days days = Times.days(occurrence.component(), start, end);
        if (days != null) {
            if (!days.after().isAfter(days.first())) {
                throw new Rejected("DTEND must be after DTSTART");
            }
            return Schedule.allDay(days.first(), days.after().minusDays(1), named);
        }
        // vtimezone-rules: the instants are the VTIMEZONE's own; the zone, the offset it gives at the start
        ZoneId zone = resolved.zone() == null && start instanceof ZonedDateTime zoned ? zoned.getOffset() : named;
        Instant from = Times.instant(start, zone);
        Instant to = Times.instant(end, zone);
        if (!to.isAfter(from)) {
            throw new Rejected("DTEND must be after DTSTART");
        }
        return new Schedule(zone, false, from, to);
    }

    /** The CATEGORIES that name topics; without any, the calendar's default topics. */
    private static List<String> topics(VEvent component, Context context) {
        List<String> named = component.getProperties("CATEGORIES").stream()
                .flatMap(p -> Arrays.stream(p.getValue().split(",")))
                .map(value -> value.strip().toLowerCase(Locale.ROOT)).filter(context.isTopic()).distinct().toList();
        return named.isEmpty() ? context.defaultTopics() : named;
    }

    private static Optional<String> text(VEvent component, String name) {
        return component.getProperty(name).map(p -> ((Property) p).getValue()).map(String::strip)
                .filter(value -> !value.isEmpty());
    }

    private static void reject(InputErrors errors) {
        try {
            errors.throwIfAny();
        } catch (ProblemException e) {
            throw new Rejected(e.problem().errors().stream().map(error -> error.name() + " " + error.reason())
                    .reduce((a, b) -> a + "; " + b).orElse(e.getMessage()));
        }
    }
}
