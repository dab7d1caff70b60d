package org.learncal.change;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.learncal.problem.Problem;
import org.learncal.support.Api;
import org.learncal.support.EventBodies;
import org.learncal.support.Tokens;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.learncal.support.Tokens.as;

/**
 * History older than the retention is pruned; a position before what was pruned gets 410 problem+json. Not in a
 * test transaction: the server must see the pruning committed.
 */
@MicronautTest(transactional = false)
class ChangeFeedRetentionTest {
    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    ChangeLog log;

    @Test
    void aPositionBeforeThePrunedHistoryIsGone() {
        BlockingHttpClient client = http.toBlocking();
        Tokens.Publisher publisher = Tokens.publisher(client, true);
        Map<String, Object> body = EventBodies.online(publisher.organizer(), "Retenue");
        String id = (String) client.retrieve(as(publisher.organizerToken(), HttpRequest.POST("/api/events", body)),
                Map.class).get("id");
        ChangeReader reader = new ChangeReader(client, "/api/changes?organizer=" + publisher.organizer());
        reader.readToEnd();
        client.exchange(as(publisher.organizerToken(), HttpRequest.PUT("/api/events/" + id,
                EventBodies.with(body, "title", "Retenue, revue"))));

        assertTrue(log.prune(Instant.now().plus(Duration.ofDays(1))) > 0);
        Problem gone = new Api(client).problem(reader.position(), 410);
        assertEquals("https://learncal.org/problems/cursor-expired", gone.type());
        assertTrue(gone.detail().contains("start again from https://learncal.test/api/changes?organizer="
                + publisher.organizer()), gone.detail());

        ChangeReader again = new ChangeReader(client, "/api/changes?organizer=" + publisher.organizer());
        again.readToEnd();
        assertEquals("Retenue, revue", again.events().get(id).get("title"), "the latest change is kept");
    }

    @Test
    void aWalkThatBeganAfterThePruningIsNeverExpired() {
        BlockingHttpClient client = http.toBlocking();
        log.prune(Instant.now().plus(Duration.ofDays(1)));
        ChangeReader reader = new ChangeReader(client, "/api/changes?limit=7");
        reader.readToEnd();
        Tokens.Publisher publisher = Tokens.publisher(client, true);
        String id = (String) client.retrieve(as(publisher.organizerToken(), HttpRequest.POST("/api/events",
                EventBodies.online(publisher.organizer(), "Après"))), Map.class).get("id");
        assertEquals(0, log.prune(Instant.now().minus(Duration.ofDays(7))), "nothing is older than a week");
        assertEquals(1, reader.readToEnd());
        assertEquals("updated", reader.lastState(id));
    }
}
