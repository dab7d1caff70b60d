package org.learncal.limit;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.learncal.support.EventBodies;
import org.learncal.support.Tokens;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** With a budget of 3 writes a minute and a clock that stands still, the 4th write is refused. */
@MicronautTest
@Property(name = "test.fixed-clock", value = "2026-12-01T00:00:00Z")
@Property(name = "learncal.rate-limit.writes-per-minute", value = "3")
class RateLimitTest {
    @Inject
    @Client("/")
    HttpClient http;


    @Test
    void fourthWriteInAMinuteIs429WithRetryAfter() {
        Tokens.Publisher publisher = Tokens.publisher(http.toBlocking(), false);
        Tokens.Publisher neighbour = Tokens.publisher(http.toBlocking(), false);
        for (int write = 1; write <= 3; write++) {
            assertEquals(HttpStatus.CREATED, http.toBlocking().exchange(Tokens.as(publisher.organizerToken(),
                    HttpRequest.POST("/api/events", EventBodies.online(publisher.organizer(), "Write " + write))))
                    .getStatus());
        }
        HttpClientResponseException refused = assertThrows(HttpClientResponseException.class, () -> http.toBlocking()
                .exchange(Tokens.as(publisher.organizerToken(), HttpRequest.POST("/api/events",
                        EventBodies.online(publisher.organizer(), "Write 4"))), Map.class));
        assertEquals(HttpStatus.TOO_MANY_REQUESTS, refused.getStatus());
        assertEquals("20", refused.getResponse().header("Retry-After"));
        assertEquals("https://learncal.org/problems/too-many-requests",
                refused.getResponse().getBody(Map.class).orElseThrow().get("type"));
        assertEquals(HttpStatus.CREATED, http.toBlocking().exchange(Tokens.as(neighbour.organizerToken(),
                HttpRequest.POST("/api/events", EventBodies.online(neighbour.organizer(), "Other token"))))
                .getStatus(), "each token has its own budget");
    }
}
