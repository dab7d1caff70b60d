package org.learncal.event;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.learncal.text.Words;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * PostgreSQL: {@code search_text} holds a tsvector literal of the event's folded terms, title terms with weight
 * A; V61 stores its cast in the generated column {@code search_vector}, whose GIN index answers {@code @@},
 * prefixes included ({@code 'numeri':*}). The terms are made in Java, so matching needs no text-search
 * configuration and no unaccent extension.
 */
@Singleton
@Requires(property = "datasources.default.dialect", value = "POSTGRES")
class PostgresTextIndex implements TextIndex {
    @Override
    public void write(UUID eventId, List<IndexedTerm> terms) {
        // the GIN index follows search_text by itself
    }

    @Override
    public String matches(List<Words.Term> terms, boolean titleOnly, List<Object> parameters) {
        parameters.add(terms.stream().map(term -> "'" + term.text() + "'"
                + (term.prefix() || titleOnly ? ":" : "") + (term.prefix() ? "*" : "") + (titleOnly ? "A" : ""))
                .collect(Collectors.joining(" & ")));
        return "e.search_vector @@ CAST(? AS tsquery)";
    }
}
