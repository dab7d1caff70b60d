package org.learncal.event;

import jakarta.inject.Singleton;
import org.learncal.db.Sql;
import org.learncal.text.Words;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The keyset pages of the sorted searches. By relevance: events matching every word in their title, by start,
 * then the other matches, by start; the key is that rank (0 or 1). By distance: see {@link DistancePages}.
 */
@Singleton
class SortedPages {
    private final Sql sql;
    private final TextIndex textIndex;

    SortedPages(Sql sql, TextIndex textIndex) {
        this.sql = sql;
        this.textIndex = textIndex;
    }

    /** One result row: the event, its start and its sort key. */
    record Row(UUID id, Instant start, double key) {
    }

    List<Row> byRelevance(EventQuery query, SqlConditions where, Cursor after, int count) {
        List<Words.Term> terms = Words.query(query.text());
        List<Row> rows = new ArrayList<>();
        for (int rank = after == null ? 0 : (int) after.lastKey(); rank <= 1 && rows.size() < count; rank++) {
            SqlConditions part = where.copy();
            List<Object> parameters = new ArrayList<>();
            String inTitle = textIndex.matches(terms, true, parameters);
            part.add(rank == 0 ? inTitle : "NOT (" + inTitle + ")", parameters);
            if (after != null && rank == (int) after.lastKey()) {
                part.after(after);
            }
            rows.addAll(select(Integer.toString(rank), List.of(), part, "e.start_at, e.id", count - rows.size()));
        }
        return rows;
    }

    /** Rows matching {@code where} in the given order, with {@code key} (an SQL expression) as their key. */
    List<Row> select(String key, List<Object> keyParameters, SqlConditions where, String order, int count) {
        List<Object> parameters = new ArrayList<>(keyParameters);
        parameters.addAll(where.parameters());
        parameters.add(count);
        return sql.query("SELECT e.id, e.start_at, " + key + " AS km FROM event e WHERE " + where.sql()
                + " ORDER BY " + order + " LIMIT ?", parameters, row -> new Row(row.getObject(1, UUID.class),
                Sql.instant(row, "start_at"), row.getDouble(3)));
    }
}
