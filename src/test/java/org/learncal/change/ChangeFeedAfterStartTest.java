package org.learncal.change;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;
import org.learncal.db.Sql;
import org.learncal.event.Cost;
import org.learncal.support.TestCatalog;
import org.learncal.support.TestEvents;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Events put into the database outside the service get their changes recorded by the next start in the
 * background; a change-feed read right after the start waits for that and lists them.
 */
class ChangeFeedAfterStartTest {

    @Test
    void theFirstChangeFeedReadAfterAStartListsEventsLoadedOutsideTheService() {
        String organizer;
        Set<String> ids;
        try (EmbeddedServer before = ApplicationContext.run(EmbeddedServer.class, "test")) {
            TestCatalog catalog = before.getApplicationContext().getBean(TestCatalog.class);
            organizer = catalog.newOrganizer();
            List<UUID> inserted = IntStream.range(0, 2).mapToObj(day -> catalog.insert(TestEvents.with(
                    TestEvents.online("Chargé en bloc " + day, LocalDateTime.of(2027, 4, 1 + day, 10, 0), "UTC"),
                    List.of(organizer), "fr", "benguerir", List.of("literacy"), null, Cost.FREE)).id()).toList();
            Sql sql = before.getApplicationContext().getBean(Sql.class);
            inserted.forEach(id -> sql.update("DELETE FROM event_feed_change WHERE event_id = ?", List.of(id)));
            ids = inserted.stream().map(UUID::toString).collect(Collectors.toSet());
        }
        try (EmbeddedServer started = ApplicationContext.run(EmbeddedServer.class, "test");
             HttpClient client = HttpClient.create(started.getURL())) {
            ChangeReader reader = new ChangeReader(client.toBlocking(), "/api/changes?organizer=" + organizer);
            assertEquals(2, reader.readToEnd());
            assertEquals(ids, reader.events().keySet());
        }
    }
}
