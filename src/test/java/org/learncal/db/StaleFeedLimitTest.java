package org.learncal.db;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;
import org.learncal.support.OutageDatabase;
import org.learncal.support.WebCalls;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Cached feeds serve during an outage only up to learncal.feeds.serve-stale after the database was last reached. */
class StaleFeedLimitTest {

    @Test
    void aCachedFeedOlderThanServeStaleGets503() throws InterruptedException {
        try (OutageDatabase database = new OutageDatabase();
             EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, database.properties(Map.of(
                     "datasources.default.connection-timeout", "500", "learncal.feeds.serve-stale", "PT1S")),
                     "test")) {
            WebCalls web = new WebCalls(server.getURI(), server.getApplicationContext().getBean(JsonMapper.class));
            assertEquals(200, web.get("/calendar/cities/benguerir.ics").statusCode());
            database.stop();
            assertEquals(200, web.get("/calendar/cities/benguerir.ics").statusCode());
            Thread.sleep(1100);
            WebCalls.assertUnavailable(web.get("/calendar/cities/benguerir.ics"));
            database.start();
            web.awaitOk("/calendar/cities/benguerir.ics");
        }
    }
}
