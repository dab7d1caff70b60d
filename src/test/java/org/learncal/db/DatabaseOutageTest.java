package org.learncal.db;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.learncal.support.OutageDatabase;
import org.learncal.support.WebCalls;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * While the database cannot be reached: 503 problem+json (after one pool timeout, then at once), /health DOWN,
 * and recovery by itself. How long the first 503 takes is measured by the outage stage (.ci/stages/60-outage).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseOutageTest {
    private final OutageDatabase database = new OutageDatabase();
    private EmbeddedServer server;
    private WebCalls web;

    @BeforeAll
    void startService() {
        server = ApplicationContext.run(EmbeddedServer.class, database.properties(Map.of(
                "datasources.default.connection-timeout", "1000")), "test");
        web = new WebCalls(server.getURI(), server.getApplicationContext().getBean(JsonMapper.class));
    }

    @AfterEach
    void databaseBack() {
        database.start();
        web.awaitOk("/health");
    }

    @AfterAll
    void stopAll() {
        server.close();
        database.close();
    }

    @Test
    void readsAnswer503ProblemWithRetryAfter() {
        assertEquals(200, web.get("/api/events").statusCode());
        database.stop();

        WebCalls.assertUnavailable(web.get("/api/events"));
    }

    /**
     * The pool's timeout is 1 s here. The first request after the stop waits it (once idle connections, lent
     * unchecked for 0.5 s, have been found broken); from then on the database is known down and requests are
     * refused without waiting, until a probe reaches it again: their problem says since when it is down, which
     * only a refusal that did not ask the pool can know.
     */
    @Test
    void onceKnownDownRequestsAreRefusedWithoutWaitingForThePool() throws InterruptedException {
        assertEquals(200, web.get("/api/events").statusCode());
        database.stop();
        Thread.sleep(600);
        WebCalls.assertUnavailable(web.get("/api/events"));
        for (int i = 0; i < 5; i++) {
            HttpResponse<byte[]> refused = web.get("/api/events?q=panne" + i);
            WebCalls.assertUnavailable(refused);
            assertTrue(detail(refused).matches("The database has been unreachable since \\d{4}-\\d\\d-\\d\\dT"
                    + "\\d\\d:\\d\\d:\\d\\dZ; nothing was changed\\. Try again shortly\\."), detail(refused));
        }
    }

    private String detail(HttpResponse<byte[]> problem) {
        try {
            return server.getApplicationContext().getBean(JsonMapper.class).readValue(problem.body(), JsonNode.class)
                    .get("detail").getStringValue();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void writesAreRefusedWith503AndNothingIsWritten() {
        database.stop();
        WebCalls.assertUnavailable(web.postEvent("Pendant la panne"));
        database.start();
        web.awaitOk("/api/events");
        assertEquals(201, web.postEvent("Après la panne").statusCode());
        String found = new String(web.get("/api/events?q=panne&limit=200").body());
        assertTrue(found.contains("Après la panne"), found);
        assertTrue(!found.contains("Pendant la panne"), found);
    }

    @Test
    void healthSaysDownThenUpAgainWithoutRestart() {
        assertEquals(200, web.get("/health").statusCode());
        database.stop();
        HttpResponse<byte[]> down = web.get("/health");
        assertEquals(503, down.statusCode());
        assertTrue(new String(down.body()).contains("\"status\":\"DOWN\""), new String(down.body()));
        database.start();
        HttpResponse<byte[]> up = web.awaitOk("/health");
        assertTrue(new String(up.body()).contains("\"status\":\"UP\""), new String(up.body()));
        assertEquals(200, web.get("/api/events").statusCode());
    }

    @Test
    void aCachedFeedKeepsServingWithItsValidators() {
        HttpResponse<byte[]> cached = web.get("/calendar/networks/gnlc.ics");
        String etag = cached.headers().firstValue("ETag").orElseThrow();
        database.stop();
        HttpResponse<byte[]> stale = web.get("/calendar/networks/gnlc.ics");
        assertEquals(200, stale.statusCode());
        assertArrayEquals(cached.body(), stale.body());
        assertEquals(etag, stale.headers().firstValue("ETag").orElseThrow());
        assertEquals(cached.headers().firstValue("Last-Modified"), stale.headers().firstValue("Last-Modified"));
        assertEquals(304, web.get("/calendar/networks/gnlc.ics", "If-None-Match", etag).statusCode());
        WebCalls.assertUnavailable(web.get("/calendar/networks/never-fetched.ics"));
    }
}
