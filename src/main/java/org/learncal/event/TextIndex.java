package org.learncal.event;

import org.learncal.text.Words;

import java.util.List;
import java.util.UUID;

/**
 * The full-text index of events, one implementation per database: PostgreSQL's GIN index over
 * {@code search_text}, or H2's term table. Both see the same terms, made by {@link Words}.
 */
interface TextIndex {
    /** One indexed term of an event, and whether it occurs in a title. */
    record IndexedTerm(String term, boolean inTitle) {
    }

    /** Stores the terms of an event beside its row, in the transaction of the write. */
    void write(UUID eventId, List<IndexedTerm> terms);

    /**
     * A condition on the event aliased {@code e} that holds when every term matches (only in titles when
     * {@code titleOnly}), adding its bound values to {@code parameters}.
     */
    String matches(List<Words.Term> terms, boolean titleOnly, List<Object> parameters);
}
