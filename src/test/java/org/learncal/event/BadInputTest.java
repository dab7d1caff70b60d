package org.learncal.event;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.learncal.db.Sql;
import org.learncal.support.EventBodies;
import org.learncal.support.Tokens;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.learncal.support.EventBodies.with;
import static org.learncal.support.EventBodies.without;

/** Each kind of bad input gets a precise problem+json naming what is wrong, and changes nothing at all. */
@MicronautTest
class BadInputTest {
    private static final String O = "ORGANIZER";
    private static Tokens.Publisher publisher;
    private static String eventId;

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    Sql sql;

    /** One bad request: where it goes, what it sends, and the answer it must get. */
    record Case(String label, String path, String contentType, Object body, int status, String type, String field) {
        @Override
        public String toString() {
            return label;
        }
    }

    static Map<String, Object> valid() {
        return EventBodies.online(O, "Valid");
    }

    static Map<String, Object> inPerson() {
        return with(with(without(valid(), "joinUrl"), "format", "in_person"), "venue",
                Map.of("name", "Salle des fêtes"));
    }

    static Map<String, Object> allDay() {
        return with(with(without(without(valid(), "start"), "end"), "startDate", "2027-03-01"), "endDate",
                "2027-03-02");
    }

    static Case invalid(String label, Object body, String field) {
        return new Case(label, "/api/events", "application/json", body, 400, "invalid-input", field);
    }

    static Stream<Case> cases() {
        return Stream.of(
                invalid("title missing", without(valid(), "title"), "title"),
                invalid("title blank", with(valid(), "title", "   "), "title"),
                invalid("title too long", with(valid(), "title", "t".repeat(301)), "title"),
                invalid("description too long", with(valid(), "description", "d".repeat(20001)), "description"),
                invalid("language missing", without(valid(), "language"), "language"),
                invalid("language not BCP 47", with(valid(), "language", "français!"), "language"),
                invalid("time zone missing", without(valid(), "timeZone"), "timeZone"),
                invalid("time zone unknown", with(valid(), "timeZone", "Mars/Olympus_Mons"), "timeZone"),
                invalid("time zone as offset", with(valid(), "timeZone", "+01:00"), "timeZone"),
                invalid("start missing", without(valid(), "start"), "start"),
                invalid("start not a date-time", with(valid(), "start", "tomorrow"), "start"),
                invalid("end before start", with(valid(), "end", "2027-02-20T14:00"), "end"),
                invalid("end equal to start", with(valid(), "end", "2027-02-20T15:00"), "end"),
                invalid("timed and all-day at once", with(valid(), "startDate", "2027-03-01"), "startDate"),
                invalid("impossible date", with(allDay(), "startDate", "2027-02-30"), "startDate"),
                invalid("end date before start date", with(allDay(), "endDate", "2027-02-28"), "endDate"),
                invalid("format missing", without(valid(), "format"), "format"),
                invalid("format unknown", with(valid(), "format", "telepathic"), "format"),
                invalid("join URL not http", with(valid(), "joinUrl", "ftp://example.org/room"), "joinUrl"),
                invalid("join URL javascript", with(valid(), "joinUrl", "javascript:alert(1)"), "joinUrl"),
                invalid("registration URL relative", with(valid(), "registrationUrl", "/register"),
                        "registrationUrl"),
                invalid("online without join URL", without(valid(), "joinUrl"), "joinUrl"),
                invalid("in person without venue or city", without(inPerson(), "venue"), "venue"),
                invalid("unknown city", with(inPerson(), "city", "atlantis"), "city"),
                invalid("unknown topic", with(valid(), "topics", List.of("literacy", "alchemy")), "topics"),
                invalid("unknown organizer", with(valid(), "organizers", List.of(O, "nobody-at-all")), "organizers"),
                invalid("no organizer", with(valid(), "organizers", List.of()), "organizers"),
                invalid("unknown network", with(valid(), "network", "no-such-network"), "network"),
                invalid("unknown audience", with(valid(), "audience", List.of("aliens")), "audience"),
                invalid("cost too long", with(with(valid(), "free", false), "cost", "c".repeat(201)), "cost"),
                invalid("venue without name", with(inPerson(), "venue", Map.of("address", "1 rue X")), "venue.name"),
                invalid("latitude out of range", with(inPerson(), "venue", Map.of("name", "Hall", "latitude", 91,
                        "longitude", 7)), "venue.latitude"),
                invalid("accessibility label with comma", with(valid(), "accessibility", List.of("captions, sign")),
                        "accessibility"),
                invalid("unknown field", with(valid(), "colour", "blue"), "colour"),
                invalid("unknown nested field", with(inPerson(), "venue", Map.of("name", "Hall", "floor", 2)),
                        "venue.floor"),
                invalid("boolean as text", with(valid(), "free", "yes"), "free"),
                invalid("list as text", with(valid(), "organizers", O), "organizers"),
                invalid("number as text", with(inPerson(), "venue", Map.of("name", "Hall", "latitude", "north")),
                        "venue.latitude"),
                invalid("malformed JSON", "{\"title\": ", "body"),
                invalid("JSON array", "[]", "body"),
                invalid("empty body", "", "body"),
                new Case("JSON over 64 KiB", "/api/events", "application/json",
                        with(valid(), "description", "x".repeat(70_000)), 413, "payload-too-large", null),
                new Case("text instead of JSON", "/api/events", "text/plain", "title=Valid", 415,
                        "unsupported-media-type", null),
                new Case("unknown event", "/api/events/00000000-0000-4000-8000-000000000000/cancel",
                        "application/json", Map.of(), 404, "not-found", null),
                new Case("cancel reason too long", "/api/events/{id}/cancel", "application/json",
                        Map.of("reason", "r".repeat(1001)), 400, "invalid-input", "reason"),
                new Case("unknown field in cancel", "/api/events/{id}/cancel", "application/json",
                        Map.of("why", "no"), 400, "invalid-input", "why"),
                new Case("bad PUT", "/api/events/{id}", "application/json", with(valid(), "language", "x y"), 400,
                        "invalid-input", "language"));
    }

    private void setUp() {
        if (publisher == null) {
            publisher = Tokens.publisher(http.toBlocking(), true);
            eventId = (String) http.toBlocking().retrieve(Tokens.as(publisher.organizerToken(),
                    HttpRequest.POST("/api/events", EventBodies.online(publisher.organizer(), "Reference"))),
                    Map.class).get("id");
        }
    }

    private Object resolve(Object body) {
        if (body instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((key, value) -> copy.put((String) key, value instanceof List<?> list
                    ? list.stream().map(item -> O.equals(item) ? publisher.organizer() : item).toList()
                    : O.equals(value) ? publisher.organizer() : value));
            return copy;
        }
        return body;
    }

    private String snapshot() {
        return sql.query("SELECT COUNT(*) FROM event", List.of(), row -> row.getLong(1)) + "|"
                + sql.query("SELECT version FROM catalog_version", List.of(), row -> row.getLong(1)) + "|"
                + sql.query("SELECT COUNT(*) FROM event_change", List.of(), row -> row.getLong(1)) + "|"
                + http.toBlocking().retrieve("/api/events/" + eventId);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void badInputIsNamedAndChangesNothing(Case bad) {
        setUp();
        String before = snapshot();
        String path = bad.path().replace("{id}", eventId);
        MutableHttpRequest<Object> request = (path.endsWith("/cancel") || path.equals("/api/events")
                ? HttpRequest.POST(path, resolve(bad.body())) : HttpRequest.PUT(path, resolve(bad.body())))
                .contentType(bad.contentType()).bearerAuth(publisher.organizerToken());
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> http.toBlocking().exchange(request, Map.class));
        assertEquals(bad.status(), e.getStatus().getCode());
        assertEquals("application/problem+json", e.getResponse().getContentType().orElseThrow().toString());
        Map<?, ?> problem = e.getResponse().getBody(Map.class).orElseThrow();
        assertEquals("https://learncal.org/problems/" + bad.type(), problem.get("type"));
        assertEquals(bad.status(), problem.get("status"));
        if (bad.field() != null) {
            List<?> names = ((List<Map<?, ?>>) problem.get("errors")).stream().map(error -> error.get("name")).toList();
            assertTrue(names.contains(bad.field()), bad.field() + " not named in " + problem);
        }
        assertEquals(before, snapshot());
    }

    @Test
    void everyProblemIsNamedInOneResponse() {
        setUp();
        Map<String, Object> body = with(with(with(with(without(valid(), "title"), "language", "??"), "timeZone",
                "Nowhere/Land"), "joinUrl", "mailto:x@example.org"), "colour", "red");
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> http.toBlocking()
                .exchange(HttpRequest.POST("/api/events", resolve(body)).bearerAuth(publisher.organizerToken())));
        assertEquals(HttpStatus.BAD_REQUEST, e.getStatus());
        List<?> names = ((List<Map<?, ?>>) e.getResponse().getBody(Map.class).orElseThrow().get("errors")).stream()
                .map(error -> error.get("name")).toList();
        assertEquals(List.of("colour"), names, "unknown fields are answered before the values are read");
        HttpClientResponseException values = assertThrows(HttpClientResponseException.class, () -> http.toBlocking()
                .exchange(HttpRequest.POST("/api/events", resolve(without(body, "colour")))
                        .bearerAuth(publisher.organizerToken())));
        assertEquals(List.of("title", "language", "timeZone", "joinUrl"),
                ((List<Map<?, ?>>) values.getResponse().getBody(Map.class).orElseThrow().get("errors")).stream()
                        .map(error -> error.get("name")).toList());
    }
}
