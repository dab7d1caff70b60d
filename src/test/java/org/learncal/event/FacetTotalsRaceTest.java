package org.learncal.event;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.learncal.review.Review;
import org.learncal.support.Api;
import org.learncal.support.TestCatalog;
import org.learncal.support.TestEvents;
import org.learncal.token.Caller;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Two writes of one event that wait on each other: a change of its language and a review decision, both held
 * back while another transaction holds the catalogue lock. Each must count the event as the other left it, so
 * the totals end equal to the events counted row by row.
 */
@MicronautTest(transactional = false)
class FacetTotalsRaceTest {
    @Inject
    TestCatalog catalog;
    @Inject
    EventWrites writes;
    @Inject
    Api api;
    @Inject
    DataSource dataSource;

    @Test
    void twoWritesOfOneEventHeldBackTogetherLeaveExactTotals() throws Exception {
        String org = catalog.newOrganizer();
        Event event = catalog.insert(TestEvents.with(TestEvents.online("Race", LocalDateTime.parse("2027-08-01T10:00"),
                "UTC"), List.of(org), "fr", "benguerir", List.of("literacy"), "gnlc", Cost.FREE));
        Event english = event.replace(TestEvents.with(event, List.of(org), "en", "paris", List.of("stem"), null,
                Cost.UNKNOWN), TestEvents.CREATED);
        CompletableFuture<?> change;
        CompletableFuture<?> review;
        try (Connection slowWriter = DelegatingDataSource.unwrapDataSource(dataSource).getConnection()) {
            slowWriter.setAutoCommit(false);
            try (Statement statement = slowWriter.createStatement()) {
                statement.executeUpdate("UPDATE catalog_version SET version = version + 1 WHERE id = 1");
            }
            change = CompletableFuture.runAsync(() -> writes.replace(Caller.ADMIN, event, english, "updated"));
            Thread.sleep(200);
            review = CompletableFuture.runAsync(() -> writes.review(Caller.ADMIN, event, before -> Review.PENDING,
                    "resubmitted"));
            Thread.sleep(300);
            slowWriter.commit();
        }
        change.get(120, TimeUnit.SECONDS);
        review.get(120, TimeUnit.SECONDS);
        assertEquals(api.events("facets=" + FacetCountTest.ALL + "&to=2999-01-01T00:00:00Z").facets(),
                api.events("facets=" + FacetCountTest.ALL).facets());
    }
}
