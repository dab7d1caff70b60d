package org.learncal.support;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import org.learncal.event.EventPage;
import org.learncal.event.EventView;
import org.learncal.problem.Problem;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/** Calls the running service over real HTTP and reads its JSON and problem+json answers. */
public record Api(BlockingHttpClient http) {

    public EventPage events(String query) {
        return http.retrieve(HttpRequest.GET("/api/events" + (query.isEmpty() ? "" : "?" + query)), EventPage.class);
    }

    /** Every event a search finds, following its cursors from the first page to the last. */
    public List<EventView> walk(String query) {
        List<EventView> events = new java.util.ArrayList<>();
        EventPage page = events(query);
        events.addAll(page.items());
        while (page.next() != null) {
            page = events(query + "&cursor=" + page.next());
            events.addAll(page.items());
        }
        return events;
    }

    /** The slugs of the events a search finds, in order, on its first page. */
    public List<String> slugs(String query) {
        return events(query).items().stream().map(event -> event.slug()).toList();
    }

    /** The titles of an organizer's events in every status, in listing order. */
    public List<String> titlesListedFor(String organizer) {
        Map<String, Object> page = json("/api/events?organizer=" + organizer + "&status=scheduled,postponed,cancelled");
        return ((List<Map<String, Object>>) page.get("items")).stream().map(item -> (String) item.get("title")).toList();
    }

    public Map<String, Object> json(String path) {
        return http.retrieve(HttpRequest.GET(path), Argument.mapOf(String.class, Object.class));
    }

    public <T> T get(String path, Class<T> type) {
        return http.retrieve(HttpRequest.GET(path), type);
    }

    /** Sends a request that must fail, checks the problem+json shape and returns the problem. */
    public Problem problem(HttpRequest<?> request, int expectedStatus) {
        try {
            HttpResponse<?> response = http.exchange(request);
            fail("expected " + expectedStatus + " but got " + response.code());
            return null;
        } catch (HttpClientResponseException e) {
            assertEquals(expectedStatus, e.code(), () -> "status of " + request.getPath());
            assertEquals("application/problem+json", e.getResponse().getContentType().orElseThrow().toString());
            Problem problem = e.getResponse().getBody(Problem.class).orElseThrow();
            assertEquals(expectedStatus, problem.status());
            return problem;
        }
    }

    public Problem problem(String path, int expectedStatus) {
        return problem(HttpRequest.GET(path), expectedStatus);
    }
}
