package org.learncal.source;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.learncal.support.HeldCatalogue;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A pull that cannot write because LearnCal's own catalogue is busy (another write outwaited the lock timeout,
 * 500 ms here) is not the calendar's failure: it counts no failure, names no outcome, and is due again in a minute.
 */
@MicronautTest
@Property(name = "test.fixed-clock", value = "2026-12-01T00:00:00Z")
@Property(name = "datasources.default.connection-init-sql", value = "SET lock_timeout = 500")
class BusyCataloguePullTest extends MirroredCalendarTest {
    @Inject
    DataSource dataSource;

    @Override
    void prepare() {
        server.serve(SourceSyncTest.GOOGLE, "\"v1\"");
    }

    @Test
    void aPullOutwaitedByAnotherWriteIsDeferredWithoutAFailure() throws SQLException {
        try (Connection other = HeldCatalogue.hold(dataSource)) {
            Map<String, Object> health = SourceCalls.health(calls.refresh(publisher, id));
            assertEquals(Arrays.asList(null, 0, 0, "2026-12-01T00:01:00Z"), Arrays.asList(health.get("lastOutcome"),
                    health.get("runs"), health.get("consecutiveFailures"), health.get("nextAttempt")));
            other.rollback();
        }
        assertEquals(List.of(), calls.summary(publisher.organizer()));
        Map<String, Object> health = SourceCalls.health(calls.refresh(publisher, id));
        assertEquals(List.of("ok", 1, 0), List.of(health.get("lastOutcome"), health.get("runs"),
                health.get("consecutiveFailures")));
        assertEquals(3, calls.summary(publisher.organizer()).size());
    }
}
