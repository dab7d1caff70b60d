package org.learncal.source;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.learncal.support.CalendarServer;
import org.learncal.support.Tokens;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.learncal.support.Prometheus.value;

/** /prometheus counts each pull by how it ended, with its duration, and what applied runs did to events. */
@MicronautTest
@Property(name = "test.fixed-clock", value = "2026-12-01T00:00:00Z")
@Property(name = "learncal.sources.max-cancel-share", value = "0.5")
class SourceMetricsTest {
    private static final List<String> OUTCOMES = List.of("ok", "not_modified", "http_error");
    private static final List<String> CHANGES = List.of("created", "updated", "cancelled", "removed", "rejected");

    @Inject
    SourceCalls calls;

    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void aPullThenARevalidationThenAFailureAreEachCountedByOutcome() {
        try (CalendarServer server = CalendarServer.start()) {
            server.serve(CalendarServer.fixture("google.ics"), "\"1\"");
            Tokens.Publisher publisher = calls.publisher();
            Object id = calls.register(publisher, server.url("/basic.ics"), Map.of()).get("id");
            String before = scrape();
            calls.refresh(publisher, id);
            calls.refresh(publisher, id);
            server.answer(exchange -> CalendarServer.send(exchange, 500, "oops".getBytes()));
            calls.refresh(publisher, id);
            String after = scrape();
            assertEquals(List.of(1.0, 1.0, 1.0), OUTCOMES.stream().map(outcome ->
                    delta(before, after, "learncal_source_pull_seconds_count{outcome=\"" + outcome + "\"}")).toList());
            assertEquals(List.of(3.0, 0.0, 0.0, 0.0, 0.0), CHANGES.stream().map(change ->
                    delta(before, after, "learncal_source_events_total{change=\"" + change + "\"}")).toList());
            assertTrue(delta(before, after, "learncal_source_pull_seconds_sum{outcome=\"ok\"}") > 0, after);
        }
    }

    @Test
    void aSourceChangeCountsTheEventsItUpdatesAndRemoves() {
        String google = CalendarServer.fixture("google.ics");
        try (CalendarServer server = CalendarServer.start()) {
            server.serve(google, "\"1\"");
            Tokens.Publisher publisher = calls.publisher();
            Object id = calls.register(publisher, server.url("/basic.ics"), Map.of()).get("id");
            calls.refresh(publisher, id);
            String before = scrape();
            server.serve(SourceSyncTest.without(google, "5p0o9i8u7y6t5r4e3w2q1festival@google.com").replace(
                    "DTSTART;TZID=Europe/Paris:20270119T140000", "DTSTART;TZID=Europe/Paris:20270119T150000")
                    .replace("DTEND;TZID=Europe/Paris:20270119T160000", "DTEND;TZID=Europe/Paris:20270119T170000"),
                    "\"2\"");
            calls.refresh(publisher, id);
            String after = scrape();
            assertEquals(List.of(0.0, 1.0, 1.0, 1.0, 0.0), CHANGES.stream().map(change ->
                    delta(before, after, "learncal_source_events_total{change=\"" + change + "\"}")).toList());
        }
    }

    private static double delta(String before, String after, String series) {
        return value(after, series) - value(before, series);
    }

    private String scrape() {
        return http.toBlocking().retrieve("/prometheus");
    }
}
