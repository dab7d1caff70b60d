package org.learncal.feed;

import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import org.learncal.event.EventStamp;
import org.learncal.startup.StartupTasks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;

/**
 * Warms what the first feed requests would otherwise pay for: every zone's rules and this year's
 * VTIMEZONE, then the VEVENT of every event that feeds may show, so that feeds after a start are assembled
 * from rendered events. It runs off the start path, once the start-up work is released (a moment after the server
 * listens): a feed asked for before renders what is not warm yet itself, and one asked for during the warm-up waits
 * for its render ({@link EventFragments#render}), so either is complete.
 */
@Singleton
class FeedWarmup {
    private static final Logger LOG = LoggerFactory.getLogger(FeedWarmup.class);

    private final VTimeZones zones;
    private final FeedSelection selection;
    private final EventFragments fragments;
    private final Clock clock;
    private final StartupTasks tasks;

    FeedWarmup(VTimeZones zones, FeedSelection selection, EventFragments fragments, Clock clock,
               StartupTasks tasks) {
        this.zones = zones;
        this.selection = selection;
        this.fragments = fragments;
        this.clock = clock;
        this.tasks = tasks;
    }

    @EventListener
    void onServerStartup(ServerStartupEvent startup) {
        tasks.start("feed warm-up", () -> {
            warmZones();
            warmEvents();
        });
    }

    private void warmZones() {
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

    // Only an optimisation: a failure (logged by StartupTasks) leaves feeds to render on demand, as they would anyway.
    private void warmEvents() {
        long started = System.nanoTime();
        List<EventStamp> events = selection.everyEventInWindow(clock.instant());
        fragments.render(events);
        LOG.info("Feeds warmed: {} events rendered in {} ms", events.size(), (System.nanoTime() - started) / 1_000_000);
    }
}
