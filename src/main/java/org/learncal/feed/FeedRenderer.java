package org.learncal.feed;

import jakarta.inject.Singleton;
import org.learncal.event.EventStamp;
import org.learncal.event.Schedule;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Renders a whole VCALENDAR: calendar properties, one VTIMEZONE per zone used (trimmed to the years its
 * events need) and the events in the order given. The output depends on the data alone, never on the clock.
 */
@Singleton
class FeedRenderer {
    static final String PRODID = "-//LearnCal//LearnCal Feeds 1.0//EN";
    static final String TRUNCATED_PROPERTY = "X-LEARNCAL-TRUNCATED";

    private final VTimeZones zones;
    private final FeedConfiguration configuration;

    FeedRenderer(VTimeZones zones, FeedConfiguration configuration) {
        this.zones = zones;
        this.configuration = configuration;
    }

    /**
     * The calendar of {@code events}, in that order, each from its rendered VEVENT: the pieces are joined once,
     * into the body that responses share, without assembling the whole feed on the heap first.
     */
    FeedBody render(FeedDefinition feed, List<EventStamp> events, Map<UUID, byte[]> vevents, boolean truncated) {
        IcsWriter out = new IcsWriter(4096).begin("VCALENDAR");
        String refresh = configuration.refreshInterval().toString();
        out.raw("VERSION", "2.0").raw("PRODID", PRODID).raw("CALSCALE", "GREGORIAN")
                .text("NAME", feed.name()).text("X-WR-CALNAME", feed.name())
                .text("DESCRIPTION", feed.description()).text("X-WR-CALDESC", feed.description())
                .raw("URL;VALUE=URI", feed.pageUrl())
                .raw("REFRESH-INTERVAL;VALUE=DURATION", refresh).raw("X-PUBLISHED-TTL", refresh)
                .raw("SOURCE;VALUE=URI", feed.selfUrl());
        if (truncated) {
            out.text(TRUNCATED_PROPERTY, "Only the " + events.size() + " events nearest to now are listed; "
                    + "narrow the search to see the others");
        }
        yearsByZone(events).forEach((zone, years) -> out.append(zones.render(ZoneId.of(zone), years[0], years[1])));
        List<byte[]> pieces = new ArrayList<>(events.size() + 2);
        pieces.add(out.toBytes());
        for (EventStamp event : events) {
            pieces.add(vevents.get(event.id()));
        }
        pieces.add(new IcsWriter(16).end("VCALENDAR").toBytes());
        return FeedBody.join(pieces);
    }

    /** For each zone that timed events are written in, the first and last local year they touch. */
    private static Map<String, int[]> yearsByZone(List<EventStamp> events) {
        Map<String, int[]> years = new TreeMap<>();
        for (EventStamp event : events) {
            Schedule schedule = event.schedule();
            if (schedule.allDay() || !VTimeZones.needsDefinition(schedule.zone())) {
                continue;
            }
            int first = schedule.localStart().getYear();
            int last = schedule.localEnd().getYear();
            years.merge(schedule.zone().getId(), new int[] {first, last},
                    (known, added) -> new int[] {Math.min(known[0], added[0]), Math.max(known[1], added[1])});
        }
        return years;
    }
}
