package org.learncal.event;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.learncal.support.TestCatalog;
import org.learncal.support.TestEvents;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Time ends events without any write: the totals stop counting an event at the instant it ends, whether the
 * horizon they count from lies before that instant or after it.
 */
@MicronautTest(transactional = false)
class FacetTotalsTimeTest {
    @Inject
    TestCatalog catalog;
    @Inject
    FacetTotals totals;

    /** An event of a new organizer that ends at {@code end}; answers the organizer. */
    private String endingAt(Instant end) {
        String org = catalog.newOrganizer();
        LocalDateTime start = LocalDateTime.ofInstant(end, ZoneOffset.UTC).minusHours(2);
        catalog.insert(TestEvents.with(TestEvents.online("Ends soon", start, "UTC"), List.of(org), "fr",
                "benguerir", List.of("literacy"), null, Cost.FREE));
        return org;
    }

    private long counted(String org, Instant now) {
        return totals.counts(now, FacetSlice.WHOLE).orElseThrow().getOrDefault("organizer", Map.of())
                .getOrDefault(org, 0L);
    }

    @Test
    void anEventIsCountedUntilTheInstantItEnds() {
        Instant end = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.SECONDS);
        String org = endingAt(end);
        assertEquals(List.of(1L, 0L), List.of(counted(org, end.minusMillis(1)), counted(org, end)));
    }

    @Test
    void anEventEndedBeforeTheHorizonMovedIsCountedForEarlierInstants() {
        Instant end = Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.SECONDS);
        String org = endingAt(end);
        totals.moveHorizon(end.plusSeconds(60));
        assertEquals(List.of(1L, 0L), List.of(counted(org, end.minusSeconds(1)), counted(org, end.plusSeconds(1))));
    }

    @Test
    void aHorizonAtAFractionOfASecondIsMatchedByTheRead() {
        Instant end = Instant.now().plus(Duration.ofDays(4)).truncatedTo(ChronoUnit.SECONDS);
        String org = endingAt(end);
        // the read binds the horizon it read and checks it is still the one stored: stored and read alike
        totals.moveHorizon(end.minusSeconds(30).plusNanos(123_456_789));
        assertEquals(List.of(1L, 0L), List.of(counted(org, end.minusMillis(1)), counted(org, end)));
    }

    @Test
    void theHorizonNeverMovesBack() {
        Instant horizon = totals.horizon().orElseThrow();
        totals.moveHorizon(horizon.minusSeconds(3600));
        assertEquals(horizon, totals.horizon().orElseThrow());
    }
}
