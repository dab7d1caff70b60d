package org.learncal.event;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.learncal.support.Api;
import org.learncal.support.TestCatalog;
import org.learncal.support.TestEvents;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The search narrows "not ended yet" to "started after now minus the longest event" (see LongestEvent): an
 * event that began long before now and still runs must be found all the same, on the first page and by cursor.
 */
@MicronautTest(transactional = false)
class LongRunningEventTest {
    @Inject
    TestCatalog catalog;
    @Inject
    Api api;
    @Inject
    Clock clock;

    @Test
    void anEventThatStartedLongAgoAndStillRunsIsListed() {
        String org = catalog.newOrganizer();
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        Event longOne = add("a year-long programme", today.minusDays(300), today.plusDays(65), org);
        Event shortOne = add("one day next week", today.plusDays(7), today.plusDays(7), org);
        add("ended last month", today.minusDays(60), today.minusDays(30), org);

        assertEquals(List.of(longOne.slug(), shortOne.slug()), api.slugs("organizer=" + org));
        EventPage first = api.events("organizer=" + org + "&limit=1");
        assertEquals(longOne.slug(), first.items().get(0).slug());
        assertEquals(List.of(shortOne.slug()),
                api.slugs("organizer=" + org + "&limit=1&cursor=" + first.next()));
    }

    private Event add(String title, LocalDate first, LocalDate last, String org) {
        Event base = TestEvents.event(title, Schedule.allDay(first, last, ZoneId.of("UTC")), EventFormat.ONLINE);
        return catalog.insert(TestEvents.with(base, List.of(org), "en", "benguerir", List.of("literacy"), null,
                Cost.FREE));
    }
}
