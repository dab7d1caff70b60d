package org.learncal.change;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;
import org.learncal.db.Sql;
import org.learncal.support.TestCatalog;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

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
            List<UUID> inserted = catalog.insertDaily(organizer, "Chargé en bloc",
                    LocalDateTime.of(2027, 4, 1, 10, 0), 2);
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
