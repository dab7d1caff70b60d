package org.learncal.source;

import org.learncal.support.CalendarServer;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.learncal.support.Tokens;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Two instances on one database poll at the same moments: the lease in the database lets exactly one of them
 * pull a due source, once per interval, and no event is stored twice.
 */
@MicronautTest
@Property(name = "test.fixed-clock", value = "2026-12-01T00:00:00Z")
class SourceInstancesTest {
    @Inject
    SourceCalls calls;

    @Inject
    SourcePoller poller;

    @Test
    void twoInstancesPullADueSourceOnceAndStoreEachEventOnce() throws Exception {
        try (CalendarServer server = CalendarServer.start();
             EmbeddedServer other = ApplicationContext.run(EmbeddedServer.class,
                     Map.of("test.fixed-clock", "2026-12-01T00:00:00Z"), "test")) {
            server.answer(exchange -> {
                pause();
                CalendarServer.send(exchange, 200, CalendarServer.fixture("google.ics").getBytes());
            });
            Tokens.Publisher publisher = calls.publisher();
            calls.register(publisher, server.url("/shared.ics"), Map.of());
            SourcePoller second = other.getApplicationContext().getBean(SourcePoller.class);
            for (int round = 0; round < 3; round++) {
                CyclicBarrier together = new CyclicBarrier(2);
                CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> tick(poller, together));
                CompletableFuture<Integer> b = CompletableFuture.supplyAsync(() -> tick(second, together));
                a.get();
                b.get();
            }
            assertEquals(1, server.hits(), "one pull within the interval, by either instance");
            assertEquals(List.of("Webinaire : apprendre à l'ère numérique|scheduled|null|0",
                    "Atelier d'écriture|scheduled|null|0", "Festival des savoirs partagés|scheduled|null|0"),
                    calls.summary(publisher.organizer()));
        }
    }

    private static int tick(SourcePoller poller, CyclicBarrier together) {
        try {
            together.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return poller.tick();
    }

    /** Long enough that both instances are inside their tick while the pull runs. */
    private static void pause() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
