package org.learncal.apispec;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.learncal.support.EventBodies;
import org.learncal.support.Tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * With small limits (2 writes a minute on a clock that stands still, feeds of at most 1 event), the answers
 * that limits give match api-spec/openapi.yaml: 429 with Retry-After, and a truncated feed's header.
 */
@MicronautTest(transactional = false)
@Property(name = "test.fixed-clock", value = "2026-12-01T00:00:00Z")
@Property(name = "learncal.rate-limit.writes-per-minute", value = "2")
@Property(name = "learncal.feeds.max-events", value = "1")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LimitsContractTest {
    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    ContractValidator contract;
    @Inject
    ContractCalls calls;


    @Test
    void theThirdWriteInAMinuteAnswers429WithRetryAfter() {
        Tokens.Publisher publisher = Tokens.publisher(client.toBlocking(), true);
        for (int write = 1; write <= 2; write++) {
            Exchange created = calls.post(publisher.organizerToken(), "/api/events",
                    EventBodies.online(publisher.organizer(), "Écriture " + write));
            assertEquals(201, created.status(), created.toString());
        }
        Exchange refused = calls.post(publisher.organizerToken(), "/api/events",
                EventBodies.online(publisher.organizer(), "Écriture de trop"));
        assertEquals(429, refused.status(), refused.toString());
        contract.assertValidExchange(refused);
        assertEquals("30", refused.responseHeader("Retry-After").orElseThrow());
    }

    @Test
    void aFeedCutByTheCapSaysSoInAHeader() {
        Exchange feed = Exchange.get(client, "/calendar.ics?from=2021-01-01");
        assertEquals(200, feed.status(), feed.toString());
        contract.assertValidExchange(feed);
        assertEquals("true", feed.responseHeader("LearnCal-Feed-Truncated").orElseThrow());
        assertTrue(feed.body().contains("X-LEARNCAL-TRUNCATED"), feed.body());
    }
}
