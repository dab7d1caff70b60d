package org.learncal.feed;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.learncal.event.EventStamp;
import org.learncal.startup.StartupTasks;
import org.learncal.support.Api;
import org.learncal.support.FeedClient;
import org.learncal.support.Tokens;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.learncal.support.Tokens.as;

/** A bulk write's events are rendered in the background; a feed asked for meanwhile is complete all the same. */
@MicronautTest(transactional = false)
class FeedPrerenderTest {
    private static final int EVENTS = FeedPrerender.BULK + 36;

    @Inject
    Api api;

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    FeedPrerender prerender;

    @Inject
    EventFragments fragments;

    @Inject
    FeedSelection selection;

    @Inject
    Clock clock;

    @Inject
    StartupTasks startup;

    @Test
    void aBulkImportsEventsAreRenderedBeforeAFeedAsksForThem() {
        Set<UUID> imported = importEvents(organizer(), EVENTS);
        prerender.settled();
        List<EventStamp> stamps = stamps(imported);
        assertEquals(EVENTS, stamps.size());
        assertEquals(0, fragments.renderMissing(stamps, null));
    }

    @Test
    void aFeedAskedForRightAfterABulkImportListsEveryEvent() {
        String organizer = organizer();
        importEvents(organizer, EVENTS);
        String feed = new String(FeedClient.get(client, "/calendar/organizers/" + organizer + ".ics").body(),
                StandardCharsets.UTF_8);
        assertEquals(EVENTS, feed.split("BEGIN:VEVENT\r\n", -1).length - 1);
        prerender.settled();
    }

    @Test
    void aFeedInAnotherLanguageReusesTheEventsWithoutTranslations() {
        Set<UUID> imported = importEvents(organizer(), EVENTS);
        prerender.settled();
        List<EventStamp> stamps = stamps(imported);
        assertEquals(0, fragments.renderMissing(stamps, "fr"));
        assertEquals(0, fragments.renderMissing(stamps, "ar"));
    }

    @Test
    void aWriteOfFewEventsIsLeftToTheFeedsThatAskForIt() {
        startup.settled(); // the start-up warm-up renders what is in the window when it runs
        Set<UUID> imported = importEvents(organizer(), 3);
        prerender.settled();
        List<EventStamp> stamps = stamps(imported);
        assertEquals(3, fragments.renderMissing(stamps, null));
    }

    private List<EventStamp> stamps(Set<UUID> events) {
        return selection.everyEventInWindow(clock.instant()).stream().filter(stamp -> events.contains(stamp.id()))
                .toList();
    }

    private String organizer() {
        BlockingHttpClient client = api.http();
        return Tokens.organizer(client, Tokens.city(client, Tokens.network(client)));
    }

    /** Imports {@code count} one-hour events in 2027, one a day from 1 March; answers their ids. */
    @SuppressWarnings("unchecked")
    private Set<UUID> importEvents(String organizer, int count) {
        StringBuilder file = new StringBuilder("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//prerender//EN\r\n");
        for (int i = 0; i < count; i++) {
            String day = LocalDate.of(2027, 3, 1).plusDays(i).toString().replace("-", "");
            file.append("BEGIN:VEVENT\r\nUID:prerender-").append(organizer).append('-').append(i)
                    .append("@test\r\nDTSTAMP:20261101T090000Z\r\nDTSTART:").append(day).append("T100000Z\r\nDTEND:")
                    .append(day).append("T110000Z\r\nSUMMARY:Workshop ").append(i).append("\r\nEND:VEVENT\r\n");
        }
        file.append("END:VCALENDAR\r\n");
        Map<String, List<Map<String, Object>>> report = api.http().retrieve(as(Tokens.ADMIN,
                HttpRequest.POST("/api/imports?organizer=" + organizer + "&language=en", file.toString())
                        .contentType("text/calendar")), Map.class);
        return report.get("created").stream().map(item -> UUID.fromString((String) item.get("id")))
                .collect(Collectors.toSet());
    }
}
