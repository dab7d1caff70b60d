package org.learncal.importer;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.learncal.reference.City;
import org.learncal.event.Event;
import org.learncal.event.EventStore;
import org.learncal.event.EventWrites;
import org.learncal.event.Slugs;
import org.learncal.reference.Organizer;
import org.learncal.reference.Vocabulary;
import org.learncal.token.Caller;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Upserts the occurrences of a file by (organizer, UID, RECURRENCE-ID), all in one transaction. Occurrences
 * that a series no longer has (an EXDATE added, a shorter RRULE) are cancelled if they lie in the window.
 */
@Singleton
public class Importer {
    static final Duration PAST = Duration.ofDays(30);
    static final Duration FUTURE = Duration.ofDays(365);
    static final String REMOVED = "Removed from the series in the organizer's calendar";

    private final EventStore store;
    private final EventWrites writes;
    private final UidStore uids;
    private final Vocabulary vocabulary;
    private final Clock clock;

    Importer(EventStore store, EventWrites writes, UidStore uids, Vocabulary vocabulary, Clock clock) {
        this.store = store;
        this.writes = writes;
        this.uids = uids;
        this.vocabulary = vocabulary;
        this.clock = clock;
    }

    /** What one run collects. */
    private record Run(ImportJob job, EventMapping.Context context, Instant now, ImportReport report,
                       KnownEvents known) {
        Caller caller() {
            return job.author();
        }

        Organizer organizer() {
            return job.organizer();
        }
    }

    /**
     * Imports the iCalendar file {@code body} as {@code job} says: the one path of uploads and sources. A file
     * that does not parse is a 400 naming the line, and writes nothing.
     */
    @Transactional
    public ImportReport run(ImportJob job, byte[] body) {
        CalendarFile file = CalendarFile.parse(body);
        return writes.batch(() -> run(job, file));
    }

    private ImportReport run(ImportJob job, CalendarFile file) {
        City city = job.city();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Instant from = now.minus(PAST);
        Instant to = now.plus(FUTURE);
        ZoneSpans spans = ZoneSpans.of(file, from, to);
        FileZones zones = FileZones.resolve(file, city == null ? null : ZoneId.of(city.timeZone()),
                city == null ? null : city.country(), spans);
        ImportReport report = new ImportReport(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>(), new ArrayList<>(), zones.report(spans));
        Organizer organizer = job.organizer();
        List<Occurrence> occurrences = Occurrences.of(file, from, to, zones, report.rejected());
        Run run = new Run(job, new EventMapping.Context(organizer.slug(), organizer.citySlug(), zones,
                job.language(), vocabulary::isTopic, job.topics(), job.format()), now, report,
                KnownEvents.load(uids, store, organizer.slug(), occurrences));
        Map<String, Set<String>> seriesKeys = new java.util.LinkedHashMap<>();
        for (Occurrence occurrence : occurrences) {
            if (!occurrence.recurrence().isEmpty()) {
                seriesKeys.computeIfAbsent(occurrence.uid(), uid -> new HashSet<>()).add(occurrence.recurrence());
            }
            try {
                upsert(run, occurrence);
            } catch (EventMapping.Rejected rejected) {
                report.rejected().add(new ImportReport.Rejection(occurrence.uid(), occurrence.line(),
                        rejected.getMessage()));
            }
        }
        seriesKeys.forEach((uid, keys) -> cancelRemoved(run, uid, keys, from, to));
        return report;
    }

    private void upsert(Run run, Occurrence occurrence) {
        String organizer = run.organizer().slug();
        ImportReport.Item item;
        var existing = run.known().find(occurrence);
        if (existing.isEmpty()) {
            if (EventMapping.isCancelled(occurrence)) {
                run.report().unchanged().add(new ImportReport.Item(occurrence.uid(), occurrence.recurrence(), null));
                return;
            }
            UUID id = UUID.randomUUID();
            String title = occurrence.component().getProperty("SUMMARY").map(p -> p.getValue()).orElse("");
            Event event = EventMapping.toEvent(occurrence, run.context(), id, Slugs.of(title, id), run.now());
            EventWrites.Written written = run.job().publish() ? writes.createPublished(run.caller(), event)
                    : writes.create(run.caller(), event);
            uids.insert(id, organizer, occurrence.uid(), occurrence.recurrence());
            run.known().wrote(occurrence, written.event());
            run.report().created().add(new ImportReport.Item(occurrence.uid(), occurrence.recurrence(), id));
            return;
        }
        Event stored = existing.get();
        if (run.job().keep().test(stored)) {
            run.report().unchanged().add(new ImportReport.Item(occurrence.uid(), occurrence.recurrence(), stored.id()));
            return;
        }
        Event proposed = EventMapping.toEvent(occurrence, run.context(), stored.id(), stored.slug(), run.now());
        if (proposed.isCancelled() && stored.isCancelled()) {
            proposed = proposed.cancel(stored.statusReason(), run.now());
        }
        Event revised = stored.revise(proposed, stored.nextUpdate(run.now()));
        item = new ImportReport.Item(occurrence.uid(), occurrence.recurrence(), stored.id());
        if (revised == stored) {
            run.report().unchanged().add(item);
        } else if (revised.isCancelled() && !stored.isCancelled()) {
            run.known().wrote(occurrence, writes.replace(run.caller(), stored, revised, "cancelled").event());
            run.report().cancelled().add(item);
        } else {
            run.known().wrote(occurrence, writes.replace(run.caller(), stored, revised, "updated").event());
            run.report().updated().add(item);
        }
    }

    private void cancelRemoved(Run run, String uid, Set<String> keys, Instant from, Instant to) {
        uids.occurrences(run.organizer().slug(), uid).forEach((key, id) -> {
            if (keys.contains(key)) {
                return;
            }
            store.findAny(id).filter(event -> !event.isCancelled() && !run.job().keep().test(event))
                    .filter(event -> event.schedule().start().isAfter(from) && event.schedule().start().isBefore(to))
                    .ifPresent(event -> {
                        writes.replace(run.caller(), event, event.cancel(REMOVED, event.nextUpdate(run.now())),
                                "cancelled");
                        run.report().cancelled().add(new ImportReport.Item(uid, key, id));
                    });
        });
    }
}
