package org.learncal.source;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import jakarta.inject.Singleton;
import org.learncal.support.Api;
import org.learncal.support.CalendarServer;
import org.learncal.support.Tokens;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.learncal.support.Tokens.as;

/** The calls the source tests share: register a calendar, pull it now, read it and the organizer's events. */
@Singleton
class SourceCalls {
    private static final Argument<Map<String, Object>> JSON = Argument.mapOf(String.class, Object.class);

    private final BlockingHttpClient client;

    SourceCalls(Api api) {
        this.client = api.http();
    }

    BlockingHttpClient client() {
        return client;
    }

    /** A trusted publisher (its events are published at once, so public reads see them). */
    Tokens.Publisher publisher() {
        return Tokens.publisher(client, true);
    }

    /** A calendar on loopback (answering 404 until told otherwise), registered for a fresh trusted publisher. */
    record Mirror(CalendarServer server, Tokens.Publisher publisher, Object id) {
    }

    Mirror mirror(String path) {
        CalendarServer server = CalendarServer.start();
        Tokens.Publisher publisher = publisher();
        return new Mirror(server, publisher, register(publisher, server.url(path), Map.of()).get("id"));
    }

    /** Registers {@code url} for the publisher's organizer with these settings added; answers the source. */
    Map<String, Object> register(Tokens.Publisher publisher, String url, Map<String, Object> settings) {
        Map<String, Object> body = new HashMap<>(settings);
        body.put("url", url);
        body.put("organizer", publisher.organizer());
        return client.retrieve(as(publisher.organizerToken(), HttpRequest.POST("/api/sources", body)), JSON);
    }

    Map<String, Object> refresh(Tokens.Publisher publisher, Object id) {
        return client.retrieve(as(publisher.organizerToken(), HttpRequest.POST("/api/sources/" + id + "/refresh",
                "")), JSON);
    }

    Map<String, Object> source(Tokens.Publisher publisher, Object id) {
        return client.retrieve(as(publisher.organizerToken(), HttpRequest.GET("/api/sources/" + id)), JSON);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> health(Map<String, Object> source) {
        return (Map<String, Object>) source.get("health");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> lastRun(Map<String, Object> source) {
        return (Map<String, Object>) health(source).get("lastRun");
    }

    /** The organizer's events from {@code from} on, in start order, as the public API shows them. */
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> events(String organizer) {
        return (List<Map<String, Object>>) client.retrieve(HttpRequest.GET("/api/events?limit=200&from="
                + "2026-01-01T00:00:00Z&status=scheduled,postponed,cancelled&organizer=" + organizer), JSON).get("items");
    }

    /** Each event as "title|status|statusReason|sequence". */
    List<String> summary(String organizer) {
        return events(organizer).stream().map(event -> event.get("title") + "|" + event.get("status") + "|"
                + event.get("statusReason") + "|" + event.get("sequence")).toList();
    }

    List<Map<String, Object>> history(Tokens.Publisher publisher, Object eventId) {
        return client.retrieve(as(publisher.organizerToken(), HttpRequest.GET("/api/events/" + eventId
                + "/history")), Argument.listOf(JSON));
    }
}
