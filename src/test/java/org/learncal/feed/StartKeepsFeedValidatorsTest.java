package org.learncal.feed;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;
import org.learncal.change.ChangeBackfill;
import org.learncal.db.Sql;
import org.learncal.event.Event;
import org.learncal.startup.StartupTasks;
import org.learncal.support.FeedClient;
import org.learncal.support.IcsChecks;
import org.learncal.support.TestCatalog;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A start serves complete feeds at once and changes none of their validators afterwards: its background work
 * (recording changes for events loaded outside the service, counting facets, warming feeds) writes after the
 * first feed was served, and a restart with nothing new serves the same ETag and Last-Modified.
 */
class StartKeepsFeedValidatorsTest {
    private static final int EVENTS = 3;

    @Test
    void theFirstFeedAfterAStartIsCompleteAndItsValidatorsOutliveStartUpWorkAndRestarts() {
        String path;
        List<String> uids;
        try (EmbeddedServer before = ApplicationContext.run(EmbeddedServer.class, "test")) {
            TestCatalog catalog = before.getApplicationContext().getBean(TestCatalog.class);
            String organizer = catalog.newOrganizer();
            path = "/calendar/organizers/" + organizer + ".ics";
            List<UUID> ids = catalog.insertDaily(organizer, "Démarrage",
                    LocalDateTime.of(2027, 3, 1, 10, 0), EVENTS);
            uids = ids.stream().map(id -> "UID:" + id + "@learncal.org").toList();
            asIfLoadedOutsideTheService(before, ids);
        }
        List<String> served;
        try (EmbeddedServer started = ApplicationContext.run(EmbeddedServer.class, "test");
             HttpClient client = HttpClient.create(started.getURL())) {
            HttpResponse<byte[]> first = FeedClient.get(client, path);
            assertEquals(uids, uidLines(first.body()));
            served = validators(first);
            started.getApplicationContext().getBean(StartupTasks.class).settled();
            assertEquals(served, validators(FeedClient.get(client, path)));
            recordedAgain(started);
            assertEquals(served, validators(FeedClient.get(client, path)), "after a start-up write");
        }
        try (EmbeddedServer restarted = ApplicationContext.run(EmbeddedServer.class, "test");
             HttpClient client = HttpClient.create(restarted.getURL())) {
            assertEquals(served, validators(FeedClient.get(client, path)));
            restarted.getApplicationContext().getBean(StartupTasks.class).settled();
            assertEquals(served, validators(FeedClient.get(client, path)));
        }
    }

    /** What a bulk load into the database leaves for the next start: no recorded changes, facets to count. */
    private static void asIfLoadedOutsideTheService(EmbeddedServer server, List<UUID> ids) {
        Sql sql = server.getApplicationContext().getBean(Sql.class);
        ids.forEach(id -> sql.update("DELETE FROM event_feed_change WHERE event_id = ?", List.of(id)));
        sql.update("UPDATE event_facet_horizon SET counted_after = NULL WHERE id = 1", List.of());
    }

    /** The change backfill writing (and bumping the catalogue version) after the feed was served. */
    private static void recordedAgain(EmbeddedServer server) {
        server.getApplicationContext().getBean(Sql.class).update("DELETE FROM event_feed_change WHERE event_id IN "
                + "(SELECT id FROM event WHERE title LIKE 'Démarrage %')", List.of());
        assertEquals(true, server.getApplicationContext().getBean(ChangeBackfill.class).recordUnrecorded() > 0);
    }

    private static List<String> uidLines(byte[] body) {
        IcsChecks.assertWellFormed(body);
        return IcsChecks.unfoldedLines(body).stream().filter(line -> line.startsWith("UID:")).toList();
    }

    private static List<String> validators(HttpResponse<byte[]> response) {
        assertEquals(200, response.code());
        return List.of(response.getHeaders().get("ETag"), response.getHeaders().get("Last-Modified"));
    }
}
