package org.learncal.source;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.learncal.support.CalendarServer.fixture;

/**
 * A source run rewrites only what a revision changed: an event moved in time keeps its words, topics and
 * organizer (their rows are left as they were), and an event whose texts changed is found by its new words only.
 */
@MicronautTest
@Property(name = "test.fixed-clock", value = "2026-12-01T00:00:00Z")
class RevisedEventTermsTest extends MirroredCalendarTest {
    static final String GOOGLE = fixture("google.ics");

    @Override
    void prepare() {
        publish(GOOGLE);
    }

    @Test
    void aMovedEventIsStillFoundByItsWordsTopicAndOrganizer() {
        publish(GOOGLE.replace("DTSTART;TZID=Europe/Paris:20270119T140000", "DTSTART;TZID=Europe/Paris:20270119T150000")
                .replace("DTEND;TZID=Europe/Paris:20270119T160000", "DTEND;TZID=Europe/Paris:20270119T170000"));
        assertEquals(List.of("Atelier d'écriture|2027-01-19T14:00:00Z|1"), found("q=reprise"));
        assertEquals(List.of("Atelier d'écriture|2027-01-19T14:00:00Z|1"), found("topic=literacy"));
        assertEquals(3, found("").size());
    }

    @Test
    void anEventWhoseTextsChangedIsFoundByItsNewWordsOnly() {
        publish(GOOGLE.replace("SUMMARY:Atelier d'écriture", "SUMMARY:Cercle de lecture")
                .replace("DESCRIPTION:Atelier d'écriture pour adultes en reprise d'études.",
                        "DESCRIPTION:Un cercle de lecture pour adultes."));
        assertEquals(List.of("Cercle de lecture|2027-01-19T13:00:00Z|1"), found("q=cercle"));
        assertEquals(List.of(), found("q=reprise"));
    }

    private void publish(String calendar) {
        server.serve(calendar, "\"v" + calendar.hashCode() + "\"");
        Map<String, Object> source = calls.refresh(publisher, id);
        assertEquals("ok", SourceCalls.health(source).get("lastOutcome"), () -> source.toString());
    }

    /** "title|start|sequence" of the publisher's events that the query (with their organizer) finds. */
    @SuppressWarnings("unchecked")
    private List<String> found(String query) {
        Map<String, Object> page = calls.client().retrieve(HttpRequest.GET("/api/events?from=2026-01-01T00:00:00Z&"
                + query + "&organizer=" + publisher.organizer()), Map.class);
        return ((List<Map<String, Object>>) page.get("items")).stream()
                .map(event -> event.get("title") + "|" + event.get("start") + "|" + event.get("sequence")).toList();
    }
}
