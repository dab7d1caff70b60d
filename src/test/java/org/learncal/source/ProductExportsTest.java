package org.learncal.source;

import org.learncal.support.CalendarServer;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.learncal.support.Tokens;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The calendars networks actually have, each as its product exports it: every event lands at its instant in
 * its zone, and the source's health shows how each TZID was resolved.
 */
@MicronautTest
@Property(name = "test.fixed-clock", value = "2026-12-01T00:00:00Z")
class ProductExportsTest {
    @Inject
    SourceCalls calls;

    @Test
    void outlookWindowsZoneNamesBecomeIanaZones() {
        Pull pull = pull("outlook.ics");
        assertEquals(List.of("Lire ensemble : atelier parents-enfants|2027-01-20T14:00:00Z|Europe/Paris|in_person",
                "Conférence : les villes apprenantes|2027-04-21T14:30:00Z|Europe/Paris|online"), pull.events());
        assertEquals(List.of(Map.of("tzid", "Romance Standard Time", "zone", "Europe/Paris", "resolution",
                "windows")), SourceCalls.lastRun(pull.source()).get("zones"));
    }

    @Test
    void nextcloudSeriesHonourRruleAndExdate() {
        assertEquals(List.of("Deutschkurs für Zugewanderte|2027-01-11T17:00:00Z|Europe/Berlin|in_person",
                "Deutschkurs für Zugewanderte|2027-01-25T17:00:00Z|Europe/Berlin|in_person",
                "Deutschkurs für Zugewanderte|2027-02-01T17:00:00Z|Europe/Berlin|in_person"),
                pull("nextcloud.ics").events());
    }

    @Test
    void theEventsCalendarUrlIsTheEventsPageNotAWayToJoin() {
        Pull pull = pull("the-events-calendar.ics");
        assertEquals(List.of("Family Learning Fair|2027-02-04T10:00:00Z|Europe/London|in_person"), pull.events());
        Map<String, Object> event = calls.events(pull.publisher().organizer()).get(0);
        assertEquals(Arrays.asList("https://learning-city.example.org/event/family-learning-fair/", null),
                Arrays.asList(event.get("registrationUrl"), event.get("joinUrl")));
    }

    @Test
    void iCloudExportIsRead() {
        assertEquals(List.of("Taller de alfabetización digital|2027-02-09T14:00:00Z|America/Bogota|in_person"),
                pull("icloud.ics").events());
    }

    @Test
    void defaultsApplyWhereTheCalendarIsSilent() {
        Pull pull = pull("icloud.ics", Map.of("language", "es", "topics", List.of("literacy")));
        Map<String, Object> event = calls.events(pull.publisher().organizer()).get(0);
        assertEquals(List.of("es", List.of("literacy")), List.of(event.get("language"),
                ((List<?>) event.get("topics")).stream().map(topic -> ((Map<?, ?>) topic).get("slug")).toList()));
    }

    private record Pull(Tokens.Publisher publisher, Map<String, Object> source, List<String> events) {
    }

    private Pull pull(String fixture) {
        return pull(fixture, Map.of());
    }

    private Pull pull(String fixture, Map<String, Object> settings) {
        try (CalendarServer server = CalendarServer.start()) {
            server.serve(CalendarServer.fixture(fixture), "\"1\"");
            Tokens.Publisher publisher = calls.publisher();
            Map<String, Object> source = calls.refresh(publisher,
                    calls.register(publisher, server.url("/" + fixture), settings).get("id"));
            assertEquals("ok", SourceCalls.health(source).get("lastOutcome"), source::toString);
            return new Pull(publisher, source, calls.events(publisher.organizer()).stream()
                    .map(e -> e.get("title") + "|" + e.get("start") + "|" + e.get("timeZone") + "|" + e.get("format"))
                    .toList());
        }
    }
}
