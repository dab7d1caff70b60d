package org.learncal.feed;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Year;
import java.time.ZoneId;

/**
 * Loads every zone's rules and renders this year's VTIMEZONE of each at startup, so that the first feed
 * request does not pay for reading the time-zone database.
 */
@Singleton
class TimeZoneWarmup {
    private static final Logger LOG = LoggerFactory.getLogger(TimeZoneWarmup.class);

    private final VTimeZones zones;
    private final Clock clock;

    TimeZoneWarmup(VTimeZones zones, Clock clock) {
        this.zones = zones;
        this.clock = clock;
    }

    @EventListener
    void onStartup(StartupEvent startup) {
        long started = System.nanoTime();
        int year = Year.now(clock).getValue();
        int count = 0;
        for (String id : ZoneId.getAvailableZoneIds()) {
            ZoneId zone = ZoneId.of(id);
            if (VTimeZones.needsDefinition(zone)) {
                zones.render(zone, year, year + 1);
                count++;
            }
        }
        LOG.info("Time zones warmed: {} VTIMEZONEs in {} ms", count, (System.nanoTime() - started) / 1_000_000);
    }
}
