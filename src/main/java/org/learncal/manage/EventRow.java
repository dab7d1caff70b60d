package org.learncal.manage;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import org.learncal.event.Event;
import org.learncal.event.EventLedger;
import org.learncal.event.EventStatus;
import org.learncal.review.ReviewState;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * One event as the console lists it: where it stands for its organizer (pending, approved, rejected with the
 * reason, cancelled or past) and when it is, in its own zone.
 */
public record EventRow(String id, String title, String language, String when, String state, String stateLabel,
                       @Nullable String reason, @Nullable String statusLabel) {

    /** The list an event belongs in: cancelled first, then review, then time. */
    static String state(EventLedger.Entry entry, Instant now) {
        Event event = entry.event();
        if (event.status() == EventStatus.CANCELLED) {
            return "cancelled";
        }
        if (entry.review().state() == ReviewState.PENDING) {
            return "pending";
        }
        if (entry.review().state() == ReviewState.REJECTED) {
            return "rejected";
        }
        return event.schedule().end().isBefore(now) ? "past" : "approved";
    }

    static EventRow of(EventLedger.Entry entry, Instant now, ConsolePages pages, HttpRequest<?> request) {
        Event event = entry.event();
        String state = state(entry, now);
        DateTimeFormatter format = event.schedule().allDay()
                ? DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT);
        format = format.withLocale(org.learncal.web.Language.of(request).locale());
        String when = event.schedule().allDay() ? format.format(event.schedule().firstDay())
                : format.format(event.schedule().localStart()) + " (" + event.schedule().zone().getId() + ")";
        String reason = state.equals("rejected") ? entry.review().reason()
                : state.equals("cancelled") ? event.statusReason() : null;
        String status = event.status() == EventStatus.POSTPONED ? pages.text(request, "status.postponed") : null;
        return new EventRow(event.id().toString(), event.title(), event.language(), when, state,
                pages.text(request, "manage.state." + state), reason, status);
    }
}
