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
 * <p>H2 does not weigh how many rows a term has, so this does: when the rarest term of a query has at most
 * {@link #FEW} rows, its events are looked up by id and sorted (a rare word no longer scans the catalogue);
 * otherwise every term is common, and reading events in start order finds a page of matches soon.
 */
@Singleton
@Requires(property = "datasources.default.dialect", notEquals = "POSTGRES")
class TermTable implements TextIndex {
    static final int FEW = 1000;

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
        String inTitle = titleOnly ? " AND t.in_title = TRUE" : "";
        Words.Term rarest = rarest(terms);
        List<String> conditions = new ArrayList<>();
        for (Words.Term term : terms) {
            conditions.add(term == rarest
                    ? "e.id IN (SELECT t.event_id FROM event_term t WHERE " + termCondition(term) + inTitle + ")"
                    : "EXISTS (SELECT 1 FROM event_term t WHERE t.event_id = e.id AND " + termCondition(term)
                    + inTitle + ")");
            addBounds(term, parameters);
        }
        return String.join(" AND ", conditions);
    }

    /** The term with the fewest rows, if it has at most {@link #FEW}; counting stops there, so it stays cheap. */
    private Words.Term rarest(List<Words.Term> terms) {
        Words.Term rarest = null;
        long fewest = FEW + 1;
        for (Words.Term term : terms) {
            List<Object> parameters = new ArrayList<>();
            addBounds(term, parameters);
            parameters.add(fewest);
            long rows = sql.query("SELECT COUNT(*) FROM (SELECT 1 FROM event_term t WHERE " + termCondition(term)
                    + " LIMIT ?) few", parameters, row -> row.getLong(1)).get(0);
            if (rows < fewest) {
                fewest = rows;
                rarest = term;
            }
        }
        return rarest;
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
