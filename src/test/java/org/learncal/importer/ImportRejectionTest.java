package org.learncal.importer;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.learncal.db.Sql;
import org.learncal.support.Tokens;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.learncal.support.Tokens.as;

/**
 * What an import refuses: malformed files, components that cannot be events, oversized bodies; "now" is fixed
 * so that the fixtures stay inside the window.
 */
@MicronautTest
@Property(name = "test.fixed-clock", value = "2026-12-01T00:00:00Z")
class ImportRejectionTest {
    @Inject
    ImportCalls calls;

    private BlockingHttpClient client() {
        return calls.client();
    }
    @Inject
    Sql sql;

    @Test
    void malformedFileIs400NamingTheLineAndWritesNothing() {
        Tokens.Publisher publisher = Tokens.publisher(client(), true);
        long events = count("SELECT COUNT(*) FROM event");
        long version = count("SELECT version FROM catalog_version");
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> calls.importFile(
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
