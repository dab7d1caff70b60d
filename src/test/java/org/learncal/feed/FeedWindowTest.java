package org.learncal.feed;

import biweekly.ICalendar;
import biweekly.component.VEvent;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.learncal.db.Sql;
import org.learncal.event.Event;
import org.learncal.event.EventFormat;
import org.learncal.event.EventStore;
import org.learncal.event.EventWrites;
import org.learncal.event.Schedule;
import org.learncal.support.FeedClient;
import org.learncal.support.IcsChecks;
import org.learncal.support.TestEvents;
import org.learncal.token.Caller;

import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Which events a feed holds: the window of ended events, cancelled ones, the cap, and cache invalidation. */
@MicronautTest(transactional = false)
@Property(name = "learncal.feeds.max-events", value = "3")
class FeedWindowTest {
    private static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH);

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    EventStore store;
    @Inject
    EventWrites writes;

    @Inject
    Sql sql;

    @Inject
    Clock clock;

    @Inject
    TransactionOperations<Connection> transactions;

    @Test
    void feedKeepsEventsEndedWithinThirtyDaysAndCancelledOnes() {
        String token = token();
        Event long_ago = insert(token, "old", -40);
        Event recent = insert(token, "recent", -10);
        Event cancelled = insert(token, "cancelled", -12);
        writes.replace(Caller.ADMIN, cancelled, cancelled.cancel("Grève", Instant.parse("2026-02-02T00:00:00Z")),
                "cancelled");
        Event upcoming = insert(token, "upcoming", 20);
        HttpResponse<byte[]> response = FeedClient.get(client, "/calendar.ics?q=" + token);
        ICalendar calendar = IcsChecks.parse(response.body());
        assertEquals(List.of(uid(cancelled), uid(recent), uid(upcoming)), uids(calendar));
        assertEquals(HTTP_DATE.format(long_ago.schedule().end().plus(Duration.ofDays(30)).atOffset(ZoneOffset.UTC)),
                response.getHeaders().get("Last-Modified"), "the old event leaving the feed was its last change");
        assertEquals("CANCELLED", calendar.getEvents().get(0).getStatus().getValue());
        assertEquals(List.of(), uids(IcsChecks.parse(FeedClient.body(client, "/calendar.ics?q=" + token
                + "&status=scheduled&to=2000-01-01"))));
        assertEquals(false, uids(calendar).contains(uid(long_ago)));
    }

    @Test
    void feedOverTheCapKeepsTheNearestEventsAndSaysSo() {
        String token = token();
        insert(token, "ended long ago", -20);
        Event ended = insert(token, "ended lately", -2);
        Event soon = insert(token, "soon", 1);
        Event later = insert(token, "later", 3);
        HttpResponse<byte[]> response = FeedClient.get(client, "/calendar.ics?q=" + token);
        assertEquals("true", response.getHeaders().get("LearnCal-Feed-Truncated"));
        ICalendar calendar = IcsChecks.parse(response.body());
        assertEquals(List.of(uid(ended), uid(soon), uid(later)), uids(calendar));
        assertEquals("Only the 3 events nearest to now are listed; narrow the search to see the others",
                calendar.getExperimentalProperty("X-LEARNCAL-TRUNCATED").getValue().replace("\\;", ";"));
        HttpResponse<byte[]> whole = FeedClient.get(client, "/calendar.ics?q=" + token + "&from="
                + clock.instant().minus(Duration.ofDays(5)).toString());
        assertNull(whole.getHeaders().get("LearnCal-Feed-Truncated"));
        assertNull(IcsChecks.parse(whole.body()).getExperimentalProperty("X-LEARNCAL-TRUNCATED"));
    }

    @Test
    void aWriteByAnotherInstanceInvalidatesTheCachedFeed() {
        String token = token();
        Event event = insert(token, "before", 5);
        String path = "/calendar.ics?q=" + token;
        assertEquals("Event " + token + " before", summaries(path).get(0));
        // Another instance sharing the database: it changes the row and bumps the catalogue version.
        transactions.executeWrite(status -> sql.update("UPDATE event SET title = ?, updated_at = ? WHERE id = ?",
                List.of("Renamed " + token, Instant.parse("2026-06-01T00:00:00Z"), event.id())));
        assertEquals("Event " + token + " before", summaries(path).get(0), "the cache serves until told");
        transactions.executeWrite(status -> sql.update(
                "UPDATE catalog_version SET version = version + 1 WHERE id = 1", List.of()));
        assertEquals("Renamed " + token, summaries(path).get(0));
    }

    private List<String> summaries(String path) {
        return IcsChecks.parse(FeedClient.body(client, path)).getEvents().stream()
                .map(vevent -> vevent.getSummary().getValue()).toList();
    }

    /** An event of two hours that ends {@code daysFromNow} days from now (negative: ended). */
    private Event insert(String token, String name, int daysFromNow) {
        Instant end = clock.instant().plus(Duration.ofDays(daysFromNow));
        Schedule schedule = Schedule.timed(end.minus(Duration.ofHours(2)).atZone(ZoneOffset.UTC).toLocalDateTime()
                .withNano(0), end.atZone(ZoneOffset.UTC).toLocalDateTime().withNano(0), ZoneId.of("Europe/Paris"));
        Event event = TestEvents.event("Event " + token + " " + name, schedule, EventFormat.ONLINE);
        store.insert(event);
        return event;
    }

    private static String token() {
        return "window" + System.nanoTime();
    }

    private static String uid(Event event) {
        return event.id() + "@learncal.org";
    }

    private static List<String> uids(ICalendar calendar) {
        return calendar.getEvents().stream().map(VEvent::getUid).map(uid -> uid.getValue()).toList();
    }
}
