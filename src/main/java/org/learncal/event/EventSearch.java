package org.learncal.event;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.learncal.db.Sql;
import org.learncal.reference.CityStore;
import org.learncal.text.Words;
import org.learncal.text.Wire;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Runs an {@link EventQuery} as one keyset-paged SQL query: sorted by start, then id. */
@Singleton
public class EventSearch {
    private final Sql sql;
    private final EventStore store;
    private final CursorCodec cursors;
    private final LongestEvent longestEvent;
    private final CityStore cities;
    private final TextIndex textIndex;
    private final NearCondition near;
    private final SortedPages sorted;
    private final DistancePages distance;
    private final CustomPlans plans;

    EventSearch(Sql sql, EventStore store, CursorCodec cursors, LongestEvent longestEvent, CityStore cities,
                TextIndex textIndex, NearCondition near, SortedPages sorted, DistancePages distance,
                CustomPlans plans) {
        this.plans = plans;
        this.distance = distance;
        this.sql = sql;
        this.store = store;
        this.cursors = cursors;
        this.longestEvent = longestEvent;
        this.cities = cities;
        this.textIndex = textIndex;
        this.near = near;
        this.sorted = sorted;
    }

    /** One page of results, and the cursor of the next page when there is one. */
    public record Page(List<Event> events, @Nullable String next) {
    }

    @Transactional
    public Page page(EventQuery query, Instant now) {
        Cursor after = query.cursor() == null ? null : cursors.decode(query.cursor(), query.fingerprint());
        Instant from = after != null ? after.from() : query.from() != null ? query.from() : now;
        // by distance, the place is a source of rows, not a condition (DistancePages)
        SqlConditions where = conditions(query.sort() == EventQuery.Sort.DISTANCE ? query.anywhere() : query, from);
        plans.forThisTransaction();
        int count = query.limit() + 1;
        List<SortedPages.Row> rows = switch (query.sort()) {
            case START -> byStart(where, after, count);
            case RELEVANCE -> sorted.byRelevance(query, where, after, count);
            case DISTANCE -> distance.page(query.near(), where, after, count);
        };
        List<SortedPages.Row> shown = rows.subList(0, Math.min(rows.size(), query.limit()));
        List<Event> events = store.load(shown.stream().map(SortedPages.Row::id).toList());
        if (rows.size() <= query.limit()) {
            return new Page(events, null);
        }
        SortedPages.Row last = shown.get(shown.size() - 1);
        return new Page(events, cursors.encode(new Cursor(from, last.key(), last.start(), last.id(),
                query.fingerprint())));
    }

    private List<SortedPages.Row> byStart(SqlConditions where, Cursor after, int count) {
        if (after != null) {
            where.after(after);
        }
        return sorted.select("0", List.of(), where, "e.start_at, e.id", count);
    }

    /**
     * For feeds: the stamps of every match that ends after {@code since}; when {@code endedBy} is given, only
     * those ended by then, the most recently ended first; otherwise by start.
     */
    @Transactional
    public List<EventStamp> stamps(EventQuery query, Instant since, @Nullable Instant endedBy, int max) {
        return feedRows(query, since, endedBy, max, EventStamp.COLUMNS, EventStamp::read);
    }

    /** For feeds: when the most recently ended match that ended after {@code since} and by {@code endedBy} ended. */
    @Transactional
    public Optional<Instant> lastEnd(EventQuery query, Instant since, Instant endedBy) {
        return feedRows(query, since, endedBy, 1, "e.end_at", row -> Sql.instant(row, "end_at")).stream()
                .findFirst();
    }

    private <T> List<T> feedRows(EventQuery query, Instant since, @Nullable Instant endedBy, int max,
                                 String columns, Sql.RowMapper<T> mapper) {
        SqlConditions where = conditions(query, since);
        if (endedBy != null) {
            where.add("e.end_at <= ?", endedBy);
        }
        List<Object> parameters = new ArrayList<>(where.parameters());
        parameters.add(max);
        return sql.query("SELECT " + columns + " FROM event e WHERE " + where.sql() + " ORDER BY "
                + (endedBy == null ? "e.start_at, e.id" : "e.end_at DESC, e.id") + " LIMIT ?", parameters, mapper);
    }

    SqlConditions conditions(EventQuery query, Instant from) {
        SqlConditions where = new SqlConditions();
        // "= TRUE" keeps H2 from answering the review test from the event_review index (nearly every event is
        // approved: it would read them all and sort them); the start range below is the index to use
        where.add("(" + EventStore.PUBLISHED + ") = TRUE");
        where.add("e.end_at > ?", from);
        // implied by the line above; lets the database read the start index in order (see LongestEvent)
        where.add("e.start_at > ?", from.minus(longestEvent.duration()));
        if (query.to() != null) {
            where.add("e.start_at < ?", query.to());
        }
        if (query.text() != null) {
            List<Object> parameters = new ArrayList<>();
            where.add(textIndex.matches(Words.query(query.text()), false, parameters), parameters);
        }
        if (query.near() != null) {
            near.add(where, query.near());
        }
        List<String> statuses = query.values(EventQuery.Filter.STATUS);
        where.in("e.status", statuses.isEmpty() ? EventQuery.DEFAULT_STATUSES.stream().map(Wire::of).toList()
                : statuses);
        where.in("e.format", query.values(EventQuery.Filter.FORMAT));
        where.in("e.city_slug", query.values(EventQuery.Filter.CITY));
        where.in("e.network_slug", query.values(EventQuery.Filter.NETWORK));
        countries(where, query.values(EventQuery.Filter.COUNTRY));
        where.subquery("EXISTS (SELECT 1 FROM event_topic t WHERE t.event_id = e.id AND t.topic_slug IN (%s))",
                query.values(EventQuery.Filter.TOPIC));
        where.subquery("EXISTS (SELECT 1 FROM event_organizer o WHERE o.event_id = e.id "
                + "AND o.organizer_slug IN (%s))", query.values(EventQuery.Filter.ORGANIZER));
        languages(where, query.values(EventQuery.Filter.LANGUAGE));
        if (query.free() != null) {
            where.add(query.free() ? "e.free = TRUE" : "(e.free = FALSE OR e.free IS NULL)");
        }
        return where;
    }

    /**
     * A country is its cities, which {@code reference} knows. "= TRUE" keeps H2 from answering the IN list from
     * the city index, gathering every event of the country to sort them: it is checked while reading the start
     * index in order instead (docs/benchmarks.md).
     */
    private void countries(SqlConditions where, List<String> countries) {
        if (countries.isEmpty()) {
            return;
        }
        List<String> cities = this.cities.findSlugByCountryIn(countries);
        if (cities.isEmpty()) {
            where.add("1 = 0");
            return;
        }
        where.subquery("(e.city_slug IN (%s)) = TRUE", cities);
    }

    /**
     * The events spoken in one of these languages (not those whose text is in it); {@code fr} also finds
     * {@code fr-CA}: a language filter matches the tag and its subtags.
     */
    private static void languages(SqlConditions where, List<String> languages) {
        if (languages.isEmpty()) {
            return;
        }
        List<String> alternatives = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        for (String language : languages) {
            alternatives.add("s.language = ? OR s.language LIKE ?");
            parameters.add(language);
            parameters.add(language + "-%");
        }
        where.add("EXISTS (SELECT 1 FROM event_spoken_language s WHERE s.event_id = e.id AND ("
                + String.join(" OR ", alternatives) + "))", parameters.toArray());
    }
}
