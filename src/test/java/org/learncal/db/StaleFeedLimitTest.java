package org.learncal.db;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;
import org.learncal.support.MovableClock;
import org.learncal.support.OutageDatabase;
import org.learncal.support.WebCalls;

import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Cached feeds serve during an outage only up to learncal.feeds.serve-stale after the database was last reached. */
class StaleFeedLimitTest {

    @Test
    void aCachedFeedOlderThanServeStaleGets503() {
        // the service's clock moves only when the test says: noticing the outage takes the pool's 0.5 s timeout,
        // and on a loaded machine far more than the 1 s for which the cached feed may serve
        try (OutageDatabase database = new OutageDatabase();
             EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, database.properties(Map.of(
                     "datasources.default.connection-timeout", "500", "learncal.feeds.serve-stale", "PT1S",
                     MovableClock.PROPERTY, "2026-12-01T09:00:00Z")), "test")) {
            WebCalls web = new WebCalls(server.getURI(), server.getApplicationContext().getBean(JsonMapper.class));
            MovableClock clock = server.getApplicationContext().getBean(MovableClock.class);
            assertEquals(200, web.get("/calendar/cities/benguerir.ics").statusCode());
            database.stop();
            clock.advance(Duration.ofSeconds(1));
            assertEquals(200, web.get("/calendar/cities/benguerir.ics").statusCode());
            clock.advance(Duration.ofMillis(1));
            WebCalls.assertUnavailable(web.get("/calendar/cities/benguerir.ics"));
            database.start();
            web.awaitOk("/calendar/cities/benguerir.ics");
        }
    }
}
