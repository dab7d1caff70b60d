package org.learncal.event;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.learncal.db.Sql;
import org.learncal.text.Words;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * H2: an inverted index in a plain table, {@code event_term (term, event_id, in_title)} (V61), rewritten in the
 * transaction of every event write. A term is found through the primary key (term, event_id); a prefix is a
 * range of that key, {@code term >= 'numeri' AND term < 'numeri\uffff'}.
 */
@Singleton
@Requires(property = "datasources.default.dialect", notEquals = "POSTGRES")
class TermTable implements TextIndex {
    private final Sql sql;

    TermTable(Sql sql) {
        this.sql = sql;
    }

    @Override
    public void write(UUID eventId, List<IndexedTerm> terms) {
        sql.update("DELETE FROM event_term WHERE event_id = ?", List.of(eventId));
        sql.batch("INSERT INTO event_term (term, event_id, in_title) VALUES (?, ?, ?)", terms.stream()
                .<List<?>>map(term -> List.of(term.term(), eventId, term.inTitle())).toList());
    }

    @Override
    public String matches(List<Words.Term> terms, boolean titleOnly, List<Object> parameters) {
        List<String> conditions = new ArrayList<>();
        for (Words.Term term : terms) {
            conditions.add("EXISTS (SELECT 1 FROM event_term t WHERE t.event_id = e.id AND " + termCondition(term)
                    + (titleOnly ? " AND t.in_title = TRUE" : "") + ")");
            addBounds(term, parameters);
        }
        return String.join(" AND ", conditions);
    }

    static String termCondition(Words.Term term) {
        return term.prefix() ? "t.term >= ? AND t.term < ?" : "t.term = ?";
    }

    static void addBounds(Words.Term term, List<Object> parameters) {
        parameters.add(term.text());
        if (term.prefix()) {
            parameters.add(term.text() + '\uffff');
        }
    }
}
