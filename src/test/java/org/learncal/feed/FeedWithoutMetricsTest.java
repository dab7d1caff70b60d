package org.learncal.feed;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.learncal.support.FeedClient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** With metrics switched off (LEARNCAL_METRICS_ENABLED=false) feeds serve as before and /prometheus is gone. */
@MicronautTest(transactional = false)
@Property(name = "micronaut.metrics.enabled", value = "false")
class FeedWithoutMetricsTest {
    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void feedsServeAndThereIsNoPrometheusEndpoint() {
        HttpResponse<byte[]> feed = FeedClient.get(client, "/calendar/networks/gnlc.ics");
        assertEquals(200, feed.code());
        assertEquals(304, FeedClient.get(client, "/calendar/networks/gnlc.ics",
                "If-None-Match", feed.getHeaders().get("ETag")).code());
        assertEquals(404, assertThrows(HttpClientResponseException.class,
                () -> client.toBlocking().retrieve("/prometheus")).code());
    }
}
