package org.learncal.importer;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.learncal.db.Sql;
import org.learncal.support.Tokens;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.learncal.support.Tokens.as;

/** Imports of files shaped like real exports; "now" is fixed so that the fixtures stay inside the window. */
@MicronautTest
@Property(name = "test.fixed-clock", value = "2026-12-01T00:00:00Z")
class ImportTest {
    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    Sql sql;


    private BlockingHttpClient client() {
        return http.toBlocking();
    }

    static byte[] fixture(String name) {
        try (InputStream in = ImportTest.class.getResourceAsStream("/imports/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, List<Map<String, Object>>> importFile(String token, String file, String query) {
        return client().retrieve(as(token, HttpRequest.POST("/api/imports" + query, fixture(file))
                .contentType("text/calendar")), Map.class);
    }

    private String listing(String organizer) {
        return client().retrieve("/api/events?limit=200&status=scheduled,postponed,cancelled&organizer=" + organizer);
    }

    private static List<String> recurrences(List<Map<String, Object>> items) {
        return items.stream().map(item -> (String) item.get("recurrence")).sorted().toList();
    }

    @Test
    void googleExportImportedTwiceGivesTheSameCatalogue() {
        Tokens.Publisher publisher = Tokens.publisher(client(), true);
        var first = importFile(publisher.organizerToken(), "google-calendar.ics", "?language=fr");
        assertEquals(List.of("", "", "20270105T090000Z", "20270119T090000Z", "20270126T090000Z", "20270202T090000Z",
                "20270209T090000Z"), recurrences(first.get("created")));
        assertEquals(List.of(), first.get("rejected"));
        String catalogue = listing(publisher.organizer());

        var second = importFile(publisher.organizerToken(), "google-calendar.ics", "?language=fr");
        assertEquals(List.of(), second.get("created"));
        assertEquals(List.of(), second.get("updated"));
        assertEquals(7, second.get("unchanged").size());
        assertEquals(catalogue, listing(publisher.organizer()));

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
        var first = importFile(publisher.organizerToken(), "outlook.ics", "");
        assertEquals(2, first.get("created").size());
        String catalogue = listing(publisher.organizer());
        var second = importFile(publisher.organizerToken(), "outlook.ics", "");
        assertEquals(2, second.get("unchanged").size());
        assertEquals(catalogue, listing(publisher.organizer()));
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
        importFile(publisher.organizerToken(), "google-calendar.ics", "?language=fr");
        var report = importFile(publisher.organizerToken(), "google-calendar-changed.ics", "?language=fr");
        assertEquals(List.of(""), recurrences(report.get("updated")));
        assertEquals("5p0o9i8u7y6t5r4e3w2q1a@google.com", report.get("updated").get(0).get("uid"));
        assertEquals(List.of("", "20270202T090000Z"), recurrences(report.get("cancelled")));
        assertEquals(4, report.get("unchanged").size());

        List<Map<String, Object>> cancelled = (List<Map<String, Object>>) client().retrieve(
                "/api/events?status=cancelled&organizer=" + publisher.organizer(), Map.class).get("items");
        assertEquals(List.of("Club de lecture « Villes apprenantes »|1|" + Importer.REMOVED,
                        "Webinaire : apprendre à l'ère numérique|1|null"),
                cancelled.stream().map(e -> e.get("title") + "|" + e.get("sequence") + "|" + e.get("statusReason"))
                        .toList());
        var again = importFile(publisher.organizerToken(), "google-calendar-changed.ics", "?language=fr");
        assertEquals(List.of(), again.get("updated"));
        assertEquals(List.of(), again.get("cancelled"));
    }

    @Test
    void malformedFileIs400NamingTheLineAndWritesNothing() {
        Tokens.Publisher publisher = Tokens.publisher(client(), true);
        long events = count("SELECT COUNT(*) FROM event");
        long version = count("SELECT version FROM catalog_version");
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> importFile(
                publisher.organizerToken(), "malformed.ics", ""));
        assertEquals(HttpStatus.BAD_REQUEST, e.getStatus());
        Map<?, ?> problem = e.getResponse().getBody(Map.class).orElseThrow();
        assertEquals("https://learncal.org/problems/invalid-input", problem.get("type"));
        assertEquals("line 64", ((Map<?, ?>) ((List<?>) problem.get("errors")).get(0)).get("name"));
        assertEquals(events, count("SELECT COUNT(*) FROM event"));
        assertEquals(version, count("SELECT version FROM catalog_version"));
    }

    @Test
    void componentsThatCannotBeEventsAreRejectedWithUidAndLine() {
        Tokens.Publisher publisher = Tokens.publisher(client(), true);
        String file = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n"
                + "BEGIN:VEVENT\r\nUID:no-summary@test\r\nDTSTART:20270301T090000Z\r\nDTEND:20270301T100000Z\r\nEND:VEVENT\r\n"
                + "BEGIN:VEVENT\r\nUID:backwards@test\r\nSUMMARY:Backwards\r\nDTSTART:20270301T090000Z\r\n"
                + "DTEND:20270301T080000Z\r\nEND:VEVENT\r\n"
                + "BEGIN:VEVENT\r\nUID:fine@test\r\nSUMMARY:Fine\r\nDTSTART:20270301T090000Z\r\n"
                + "DTEND:20270301T100000Z\r\nLOCATION:Salle 1\r\nEND:VEVENT\r\n"
                + "BEGIN:VEVENT\r\nUID:hourly@test\r\nSUMMARY:Hourly\r\nDTSTART:20270301T090000Z\r\n"
                + "DTEND:20270301T093000Z\r\nRRULE:FREQ=HOURLY\r\nLOCATION:Salle 2\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        Map<String, List<Map<String, Object>>> report = client().retrieve(as(publisher.organizerToken(),
                HttpRequest.POST("/api/imports", file).contentType("text/calendar")), Map.class);
        assertEquals(List.of(Map.of("uid", "hourly@test", "line", 22, "reason",
                        "cannot be read as a series: it recurs more often than daily (FREQ=HOURLY)"),
                Map.of("uid", "no-summary@test", "line", 4, "reason", "has no SUMMARY"),
                Map.of("uid", "backwards@test", "line", 9, "reason", "DTEND must be after DTSTART")),
                report.get("rejected"));
        assertEquals(List.of("fine@test"), report.get("created").stream().map(item -> item.get("uid")).toList());
    }

    @Test
    void networkTokensNameTheOrganizerAndOrganizerTokensOnlyImportForThemselves() {
        Tokens.Publisher publisher = Tokens.publisher(client(), false);
        Tokens.Publisher other = Tokens.publisher(client(), false);
        HttpClientResponseException missing = assertThrows(HttpClientResponseException.class,
                () -> importFile(publisher.networkToken(), "outlook.ics", ""));
        assertEquals(HttpStatus.BAD_REQUEST, missing.getStatus());
        assertEquals("organizer", ((Map<?, ?>) ((List<?>) missing.getResponse().getBody(Map.class).orElseThrow()
                .get("errors")).get(0)).get("name"));
        assertEquals(HttpStatus.FORBIDDEN, assertThrows(HttpClientResponseException.class,
                () -> importFile(publisher.organizerToken(), "outlook.ics", "?organizer=" + other.organizer()))
                .getStatus());
        assertEquals(HttpStatus.FORBIDDEN, assertThrows(HttpClientResponseException.class,
                () -> importFile(publisher.networkToken(), "outlook.ics", "?organizer=" + other.organizer()))
                .getStatus());
        var report = importFile(publisher.networkToken(), "outlook.ics", "?organizer=" + publisher.organizer());
        assertEquals(2, report.get("created").size());
        assertEquals(HttpStatus.UNSUPPORTED_MEDIA_TYPE, assertThrows(HttpClientResponseException.class,
                () -> client().exchange(as(publisher.organizerToken(), HttpRequest.POST("/api/imports",
                        fixture("outlook.ics")).contentType(MediaType.APPLICATION_JSON)))).getStatus());
    }

    @Test
    void icalendarBodiesOverFiveMebibytesAre413AndWriteNothing() {
        Tokens.Publisher publisher = Tokens.publisher(client(), true);
        long events = count("SELECT COUNT(*) FROM event");
        for (int size : List.of(5 * 1024 * 1024 + 1, 7 * 1024 * 1024)) {
            byte[] body = new byte[size];
            java.util.Arrays.fill(body, (byte) 'A');
            HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> client().exchange(
                    as(publisher.organizerToken(), HttpRequest.POST("/api/imports", body).contentType("text/calendar")),
                    Map.class));
            assertEquals(HttpStatus.REQUEST_ENTITY_TOO_LARGE, e.getStatus(), "size " + size);
            assertEquals("https://learncal.org/problems/payload-too-large",
                    e.getResponse().getBody(Map.class).orElseThrow().get("type"));
        }
        assertEquals(events, count("SELECT COUNT(*) FROM event"));
    }

    private long count(String query) {
        return sql.query(query, List.of(), row -> row.getLong(1)).get(0);
    }
}
