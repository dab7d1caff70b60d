package org.learncal.change;

import jakarta.inject.Singleton;
import org.learncal.event.EventQuery;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Pages of the change feed for one search: each event once, at its latest change, in (number, id) order;
 * {@code updated} when the event is in the search's part of the public catalogue now, {@code deleted} when it is
 * not (cancelled, pending, rejected) but its facts match the filters now or after a change still kept (it moved
 * out of the filter). Events that never matched the filters are skipped.
 */
@Singleton
public class ChangeFeed {
    private final ChangeLog log;
    private final ChangeBackfill backfill;

    public ChangeFeed(ChangeLog log, ChangeBackfill backfill) {
        this.log = log;
        this.backfill = backfill;
    }

    /** One item: the event's latest change and whether it is in the feed ({@code updated}) or left it. */
    public record Entry(ChangeSnapshot change, boolean updated) {
    }

    /** The entries of a page, and the position after which the next page starts. */
    public record Page(List<Entry> entries, FeedPosition next) {
    }

    public Page page(EventQuery query, FeedPosition after, int limit) {
        backfill.awaitStartup();
        List<Entry> entries = new ArrayList<>();
        FeedPosition scanned = after;
        while (entries.size() < limit) {
            List<ChangeSnapshot> rows = log.latestAfter(scanned, limit);
            Set<UUID> matchedBefore = everMatched(query, rows);
            for (ChangeSnapshot row : rows) {
                scanned = FeedPosition.of(row);
                if (row.matches(query) || matchedBefore.contains(row.eventId())) {
                    entries.add(new Entry(row, row.visibleIn(query)));
                    if (entries.size() == limit) {
                        break;
                    }
                }
            }
            if (rows.size() < limit) {
                break;
            }
        }
        // RPDE builds the next URL from the last item; skipped events after it are scanned again next time
        return new Page(entries, entries.isEmpty() ? scanned : FeedPosition.of(entries.get(entries.size() - 1)
                .change()));
    }

    /** Of the events whose latest change does not match the filters, those that matched after an earlier one. */
    private Set<UUID> everMatched(EventQuery query, List<ChangeSnapshot> rows) {
        List<UUID> out = rows.stream().filter(row -> !row.matches(query)).map(ChangeSnapshot::eventId).toList();
        return log.history(out).stream().filter(change -> change.matches(query)).map(ChangeSnapshot::eventId)
                .collect(Collectors.toSet());
    }
}
