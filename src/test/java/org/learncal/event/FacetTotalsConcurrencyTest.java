package org.learncal.event;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.learncal.review.Review;
import org.learncal.support.Api;
import org.learncal.support.TestCatalog;
import org.learncal.support.TestEvents;
import org.learncal.token.Caller;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Writers on two instances of one database create, change, cancel and re-review events at the same time, a
 * reviewer changes the same events' review state meanwhile, the horizon moves and some events end: afterwards the kept totals equal the events counted row by row.
 */
@MicronautTest(transactional = false)
class FacetTotalsConcurrencyTest {
    static final int WRITERS = 6;
    static final int ROUNDS = 8;

    @Inject
    TestCatalog catalog;
    @Inject
    EventWrites writes;
    @Inject
    FacetTotals totals;
    @Inject
    Api api;
    /** Events just created, which the reviewer takes back to review while their writer changes them. */
    final Queue<Event> created = new ConcurrentLinkedQueue<>();

    @Test
    void concurrentWritesOnTwoInstancesLeaveTheTotalsExact() throws Exception {
        String org = catalog.newOrganizer();
        Instant lastEnd = Instant.now().plusSeconds(3);
        try (EmbeddedServer other = ApplicationContext.run(EmbeddedServer.class, "test")) {
            EventWrites otherWrites = other.getApplicationContext().getBean(EventWrites.class);
            ExecutorService pool = Executors.newFixedThreadPool(WRITERS + 2);
            AtomicBoolean writing = new AtomicBoolean(true);
            FacetTotals otherTotals = other.getApplicationContext().getBean(FacetTotals.class);
            Future<Object> mover = pool.submit(() -> moveHorizon(otherTotals, writing));
            Future<Object> reviewer = pool.submit(() -> review(otherWrites, writing));
            List<Callable<Object>> writers = new ArrayList<>();
            for (int writer = 0; writer < WRITERS; writer++) {
                EventWrites through = writer % 2 == 0 ? writes : otherWrites;
                int seed = writer;
                writers.add(() -> write(through, org, seed, lastEnd));
            }
            for (Future<Object> done : pool.invokeAll(writers)) {
                done.get();
            }
            writing.set(false);
            mover.get();
            reviewer.get();
            pool.shutdown();
        }
        // the events meant to end during the writes have ended: compare at an instant none of them straddles
        Thread.sleep(Math.max(0, lastEnd.toEpochMilli() - System.currentTimeMillis() + 100));
        Map<String, List<Facet.Count>> kept = api.events("facets=" + FacetCountTest.ALL).facets();
        assertEquals(api.events("facets=" + FacetCountTest.ALL + "&to=2999-01-01T00:00:00Z").facets(), kept);
        assertEquals(api.walk("organizer=" + org + "&limit=200").size(), kept.get("organizer").stream()
                .filter(count -> count.value().equals(org)).mapToLong(Facet.Count::count).sum());
    }

    /** Each round: a new event (every third one ending within seconds), then a change, a cancel or a review. */
    private Object write(EventWrites through, String org, int seed, Instant lastEnd) {
        for (int round = 0; round < ROUNDS; round++) {
            LocalDateTime start = round % 3 == 0
                    ? LocalDateTime.ofInstant(lastEnd.minusMillis(300L * (round + seed % 3)), ZoneOffset.UTC)
                    .minusHours(2)
                    : LocalDateTime.parse("2027-07-01T10:00").plusDays(round);
            Event event = TestEvents.with(TestEvents.online("Concurrent " + seed, start, "UTC"), List.of(org),
                    round % 2 == 0 ? "fr" : "en", "benguerir", List.of("literacy"), "gnlc", Cost.FREE);
            through.create(Caller.ADMIN, event);
            created.add(event);
            switch ((round + seed) % 4) {
                case 0, 3 -> through.replace(Caller.ADMIN, event, event.replace(TestEvents.with(event, List.of(org),
                        "ar", "paris", List.of("stem"), null, Cost.UNKNOWN), TestEvents.CREATED), "updated");
                case 1 -> through.replace(Caller.ADMIN, event, event.cancel("Cancelled", TestEvents.CREATED),
                        "cancelled");
                case 2 -> through.review(Caller.ADMIN, event, review -> Review.PENDING, "resubmitted");
                default -> throw new IllegalStateException();
            }
        }
        return null;
    }

    /** Sends each new event back to review and approves it again, racing its writer's change. */
    private Object review(EventWrites through, AtomicBoolean writing) {
        while (writing.get() || !created.isEmpty()) {
            Event event = created.poll();
            if (event != null) {
                through.review(Caller.ADMIN, event, review -> Review.PENDING, "resubmitted");
                through.review(Caller.ADMIN, event, Review::approve, "approved");
            }
        }
        return null;
    }

    private static Object moveHorizon(FacetTotals totals, AtomicBoolean writing) throws InterruptedException {
        while (writing.get()) {
            totals.moveHorizon(Instant.now());
            Thread.sleep(20);
        }
        return null;
    }
}
