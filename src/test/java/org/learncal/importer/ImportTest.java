package org.learncal.importer;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.learncal.support.Tokens;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Imports of files shaped like real exports, and of changed files; "now" is fixed so that the fixtures stay
 * inside the window.
 */
@MicronautTest
@Property(name = "test.fixed-clock", value = "2026-12-01T00:00:00Z")
class ImportTest {
    @Inject
    ImportCalls calls;

    private BlockingHttpClient client() {
        return calls.client();
    }

    @Test
    void googleExportImportedTwiceGivesTheSameCatalogue() {
        Tokens.Publisher publisher = Tokens.publisher(client(), true);
        var first = calls.importFile(publisher.organizerToken(), "google-calendar.ics", "?language=fr");
        assertEquals(List.of("", "", "20270105T090000Z", "20270119T090000Z", "20270126T090000Z", "20270202T090000Z",
                "20270209T090000Z"), calls.recurrences(first.get("created")));
        assertEquals(List.of(), first.get("rejected"));
        String catalogue = calls.listing(publisher.organizer());

        var second = calls.importFile(publisher.organizerToken(), "google-calendar.ics", "?language=fr");
        assertEquals(List.of(), second.get("created"));
        assertEquals(List.of(), second.get("updated"));
        assertEquals(7, second.get("unchanged").size());
        assertEquals(catalogue, calls.listing(publisher.organizer()));

        List<Map<String, Object>> items = (List<Map<String, Object>>) client().retrieve(
                "/api/events?limit=200&organizer=" + publisher.organizer(), Map.class).get("items");
        assertEquals(List.of("Club de lecture « Villes apprenantes »|2027-01-05T09:00:00Z|Europe/Paris|in_person",
                "Club de lecture « Villes apprenantes » (après-midi)|2027-01-19T13:00:00Z|Europe/Paris|in_person",
                "Club de lecture « Villes apprenantes »|2027-01-26T09:00:00Z|Europe/Paris|in_person",
                "Club de lecture « Villes apprenantes »|2027-02-02T09:00:00Z|Europe/Paris|in_person",
                "Club de lecture « Villes apprenantes »|2027-02-09T09:00:00Z|Europe/Paris|in_person",
                "Webinaire : apprendre à l'ère numérique|2027-02-10T16:00:00Z|Europe/Paris|online",
                "Festival des savoirs partagés|2027-03-14T23:00:00Z|Europe/Paris|in_person"),
                items.stream().map(item -> item.get("title") + "|" + item.get("start") + "|" + item.get("timeZone")
                        + "|" + item.get("format")).toList());
        Map<String, Object> club = items.get(0);
        assertEquals("Médiathèque Jacques-Demy, 24 quai de la Fosse, Nantes", ((Map<?, ?>) club.get("venue")).get("name"));
        assertEquals("Club de lecture hebdomadaire pour les enseignants : échanges sur la littératie et "
                + "l'apprentissage tout au long de la vie. Apportez un livre que vous aimez !", club.get("description"));
        assertEquals("literacy", ((Map<?, ?>) ((List<?>) club.get("topics")).get(0)).get("slug"));
        assertEquals("https://meet.google.com/abc-defg-hij", items.get(5).get("joinUrl"));
        assertEquals(true, items.get(6).get("allDay"));
        assertEquals("2027-03-16", items.get(6).get("endDate"));
    }

    @Test
    void outlookExportWithWindowsZoneImportsTwiceTheSame() {
        Tokens.Publisher publisher = Tokens.publisher(client(), true);
        var first = calls.importFile(publisher.organizerToken(), "outlook.ics", "");
        assertEquals(2, first.get("created").size());
        String catalogue = calls.listing(publisher.organizer());
        var second = calls.importFile(publisher.organizerToken(), "outlook.ics", "");
        assertEquals(2, second.get("unchanged").size());
        assertEquals(catalogue, calls.listing(publisher.organizer()));
        List<Map<String, Object>> items = (List<Map<String, Object>>) client().retrieve(
                "/api/events?organizer=" + publisher.organizer(), Map.class).get("items");
        assertEquals(List.of("Lire ensemble : atelier parents-enfants|2027-01-20T14:00:00Z|Africa/Casablanca|fr-FR",
                        "محاضرة: التعلم مدى الحياة|2027-04-21T15:30:00Z|Africa/Casablanca|ar-MA"),
                items.stream().map(item -> item.get("title") + "|" + item.get("start") + "|" + item.get("timeZone")
                        + "|" + item.get("language")).toList());
        assertEquals("040000008200E00074C5B7101A82E00800000000A0B1C2D3E4F5DB01000000000000000"
                + "010000000F1E2D3C4B5A69788796A5B4C3D2E1F00", first.get("created").get(0).get("uid"));
    }

    @Test
    void changedFileUpdatesCancelsAndDropsExcludedOccurrences() {
        Tokens.Publisher publisher = Tokens.publisher(client(), true);
        calls.importFile(publisher.organizerToken(), "google-calendar.ics", "?language=fr");
        var report = calls.importFile(publisher.organizerToken(), "google-calendar-changed.ics", "?language=fr");
        assertEquals(List.of(""), calls.recurrences(report.get("updated")));
        assertEquals("5p0o9i8u7y6t5r4e3w2q1a@google.com", report.get("updated").get(0).get("uid"));
        assertEquals(List.of("", "20270202T090000Z"), calls.recurrences(report.get("cancelled")));
        assertEquals(4, report.get("unchanged").size());

        List<Map<String, Object>> cancelled = (List<Map<String, Object>>) client().retrieve(
                "/api/events?status=cancelled&organizer=" + publisher.organizer(), Map.class).get("items");
        assertEquals(List.of("Club de lecture « Villes apprenantes »|1|" + Importer.REMOVED,
                        "Webinaire : apprendre à l'ère numérique|1|null"),
                cancelled.stream().map(e -> e.get("title") + "|" + e.get("sequence") + "|" + e.get("statusReason"))
                        .toList());
        var again = calls.importFile(publisher.organizerToken(), "google-calendar-changed.ics", "?language=fr");
        assertEquals(List.of(), again.get("updated"));
        assertEquals(List.of(), again.get("cancelled"));
    }
}
