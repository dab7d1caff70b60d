package org.learncal.feed;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.learncal.event.Event;
import org.learncal.event.EventStore;
import org.learncal.support.FeedClient;
import org.learncal.support.TestEvents;

import java.time.LocalDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.learncal.support.Prometheus.value;

/** The Prometheus text at /prometheus counts feed cache hits and misses, renders, requests by route, the pool. */
@MicronautTest(transactional = false)
class FeedMetricsTest {
    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    EventStore store;

    @Test
    void aFirstFetchIsAMissAndRenderAndTheSecondAHit() {
        Event event = TestEvents.online("Metrics", LocalDateTime.of(2027, 7, 7, 10, 0), "Europe/Paris");
        store.insert(event);
        String path = "/calendar/events/" + event.id() + ".ics";
        String before = scrape();
        int length = FeedClient.get(client, path).body().length;
        FeedClient.get(client, path);
        System.gc(); // gauges must not lose what they report to a collection
        String after = scrape();
        assertEquals(1, value(after, "learncal_feed_cache_misses_total") - value(before, "learncal_feed_cache_misses_total"));
        assertEquals(1, value(after, "learncal_feed_cache_hits_total") - value(before, "learncal_feed_cache_hits_total"));
        assertEquals(1, value(after, "learncal_feed_render_seconds_count")
                - value(before, "learncal_feed_render_seconds_count"));
        assertTrue(value(after, "learncal_feed_cache_bytes") >= length, after);
        assertEquals(2, value(after, requests("/calendar/events/{file}", "200"))
                - value(before, requests("/calendar/events/{file}", "200")));
    }

    @Test
    void revalidationsAreFiledUnderTheFeedsRoute() {
        Event event = TestEvents.online("Metrics 304", LocalDateTime.of(2027, 7, 8, 10, 0), "Europe/Paris");
        store.insert(event);
        String path = "/calendar/events/" + event.id() + ".ics";
        String etag = FeedClient.get(client, path).getHeaders().get("ETag");
        String before = scrape();
        FeedClient.get(client, path + "?routed", "If-None-Match", etag);
        FeedClient.get(client, path, "If-None-Match", etag);
        String after = scrape();
        assertEquals(2, value(after, requests("/calendar/events/{file}", "304"))
                - value(before, requests("/calendar/events/{file}", "304")));
        assertEquals(0, value(after, requests("REDIRECTION", "304")), after);
    }

    @Test
    void theDatabasePoolIsReported() {
        String metrics = scrape();
        assertEquals(10, value(metrics, "hikaricp_connections_max"));
        assertTrue(metrics.contains("\nhikaricp_connections_active{pool="), metrics);
        assertTrue(metrics.contains("\nhikaricp_connections_pending{pool="), metrics);
    }

    private String scrape() {
        return client.toBlocking().retrieve("/prometheus");
    }

    /** The selector of http_server_requests_seconds_count for one route template and status. */
    private static String requests(String route, String status) {
        return "http_server_requests_seconds_count{exception=\"none\",method=\"GET\",status=\"" + status
                + "\",uri=\"" + route + "\"}";
    }
}
