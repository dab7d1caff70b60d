package org.learncal.source;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.learncal.event.Event;
import org.learncal.event.EventStore;
import org.learncal.event.EventWrites;
import org.learncal.importer.ImportJob;
import org.learncal.importer.ImportReport;
import org.learncal.importer.Importer;
import org.learncal.reference.City;
import org.learncal.reference.CityStore;
import org.learncal.reference.Organizer;
import org.learncal.reference.OrganizerStore;
import org.learncal.token.Caller;
import org.learncal.token.Scope;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Mirrors one body of a source into the catalogue, in one transaction, through the import path of uploads:
 * then cancels ("removed at source") the source's events whose UID the calendar no longer has, if they have
 * not ended and lie in the year ahead that the import covers. A run that would cancel more than the allowed
 * share of the live events because they disappeared (an event the calendar itself marks CANCELLED is a
 * deliberate act, not a symptom of a broken export), or that reads an empty calendar where events were, is held:
 * it throws
 * {@link Held} and the transaction rolls back, so nothing of it is written.
 */
@Singleton
class SourceSync {
    static final String REMOVED_AT_SOURCE = "removed at source";
    static final Duration COVERED = Duration.ofDays(365);

    /** What a run did: the import's report and how many events it cancelled as gone from the calendar. */
    record Result(ImportReport report, int removed) {
    }

    /** A run held by the circuit breaker, with the reason and what it would have done. */
    static final class Held extends RuntimeException {
        final transient Result result;

        Held(String reason, Result result) {
            super(reason, null, false, false);
            this.result = result;
        }
    }

    private final Importer importer;
    private final EventStore events;
    private final EventWrites writes;
    private final SourceEventStore links;
    private final OrganizerStore organizers;
    private final CityStore cities;

    SourceSync(Importer importer, EventStore events, EventWrites writes, SourceEventStore links,
               OrganizerStore organizers, CityStore cities) {
        this.importer = importer;
        this.events = events;
        this.writes = writes;
        this.links = links;
        this.organizers = organizers;
        this.cities = cities;
    }

    /** The author the history names for the changes of run {@code run} of a source. */
    static Caller author(Source source, long run) {
        return new Caller(Scope.ORGANIZER, source.organizer(), "source " + source.id() + " run " + run, null);
    }

    /**
     * Mirrors the calendar's bytes into the catalogue; {@code maxCancelShare} is null for a run a moderator
     * confirmed, which nothing holds (an empty calendar included: confirming it is the moderator's decision).
     */
    @Transactional
    public Result apply(Source source, long run, byte[] body, Instant now, @Nullable Double maxCancelShare) {
        return writes.batch(() -> mirror(source, run, body, now, maxCancelShare));
    }

    private Result mirror(Source source, long run, byte[] body, Instant now, @Nullable Double maxCancelShare) {
        Map<UUID, SourceEventStore.Link> before = links.of(source.id()).stream()
                .collect(Collectors.toMap(SourceEventStore.Link::eventId, Function.identity()));
        long live = events.countLive(before.keySet(), now, now.plus(COVERED));
        Caller author = author(source, run);
        Organizer organizer = organizers.findById(source.organizer()).orElseThrow();
        City city = organizer.citySlug() == null ? null : cities.findById(organizer.citySlug()).orElse(null);
        ImportJob job = new ImportJob(author, organizer, city, source.language(), source.topics(), source.format(),
                source.trust() == Source.Trust.PUBLISH, event -> keeps(source, before.get(event.id()), event));
        ImportReport report = importer.run(job, body);
        Set<String> present = presentUids(report);
        List<SourceEventStore.Link> gone = before.values().stream().filter(link -> !present.contains(link.uid()))
                .toList();
        Map<UUID, SourceEventStore.Link> goneById = gone.stream()
                .collect(Collectors.toMap(SourceEventStore.Link::eventId, Function.identity()));
        int removed = 0;
        for (Event event : events.loadAny(gone.stream().map(SourceEventStore.Link::eventId).toList())) {
            SourceEventStore.Link link = goneById.get(event.id());
            if (isLive(event, now) && !keeps(source, link, event)) {
                Event cancelled = writes.replace(author, event, event.cancel(REMOVED_AT_SOURCE,
                        event.nextUpdate(now)), "cancelled").event();
                links.wrote(new SourceEventStore.Link(event.id(), source.id(), link.uid(), link.recurrence(),
                        cancelled.updatedAt()));
                removed++;
            }
        }
        Result result = new Result(report, removed);
        String hold = breaker(report, removed, live, maxCancelShare);
        if (hold != null) {
            throw new Held(hold, result);
        }
        record(source, report, before);
        return result;
    }

    /** Why the run must be held, or null. */
    private static String breaker(ImportReport report, int removed, long live, @Nullable Double maxCancelShare) {
        if (maxCancelShare == null) {
            return null;
        }
        boolean empty = Stream.of(report.created(), report.updated(), report.unchanged(), report.cancelled())
                .allMatch(List::isEmpty) && report.rejected().isEmpty();
        if (empty && live > 0) {
            return "the calendar came back empty where " + live + " live events were; confirm to cancel them";
        }
        if (live > 0 && removed > maxCancelShare * live) {
            return "the run would cancel " + removed + " of " + live + " live events (more than "
                    + Math.round(maxCancelShare * 100) + "%); confirm to apply it";
        }
        return null;
    }

    /** Links each event the run touched to the source, with the updatedAt its write left. */
    private void record(Source source, ImportReport report, Map<UUID, SourceEventStore.Link> before) {
        Set<ImportReport.Item> unchanged = new HashSet<>(report.unchanged());
        List<ImportReport.Item> touched = Stream.of(report.created(), report.updated(), report.cancelled(),
                        report.unchanged()).flatMap(List::stream)
                .filter(item -> item.id() != null && !(unchanged.contains(item) && before.containsKey(item.id())))
                .toList();
        Map<UUID, Instant> written = events.updatedAt(touched.stream().map(ImportReport.Item::id).toList());
        touched.forEach(item -> links.wrote(new SourceEventStore.Link(item.id(), source.id(), item.uid(),
                item.recurrence(), written.get(item.id()))));
    }

    /** With local authority, an event edited in LearnCal since the source last wrote it stays as edited. */
    private static boolean keeps(Source source, SourceEventStore.Link link, Event event) {
        return source.updateAuthority() == Source.Authority.LOCAL && link != null
                && !event.updatedAt().equals(link.writtenAt());
    }

    private static boolean isLive(Event event, Instant now) {
        return !event.isCancelled() && event.schedule().end().isAfter(now)
                && event.schedule().start().isBefore(now.plus(COVERED));
    }

    private static Set<String> presentUids(ImportReport report) {
        Set<String> uids = new HashSet<>();
        Stream.of(report.created(), report.updated(), report.unchanged(), report.cancelled()).flatMap(List::stream)
                .forEach(item -> uids.add(item.uid()));
        report.rejected().stream().filter(rejection -> rejection.uid() != null)
                .forEach(rejection -> uids.add(rejection.uid()));
        return uids;
    }
}
