package org.learncal.embed;

import jakarta.inject.Singleton;
import org.learncal.event.EventQuery;
import org.learncal.event.EventQuery.Filter;
import org.learncal.event.EventQueryParser;
import org.learncal.problem.InputErrors;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads what an embed may be given: the events search's filters that the widget has as attributes (network,
 * city, organizer, topic, language, format, q, limit) and {@code lang}, one of the widget's languages.
 */
@Singleton
public class EmbedFilters {
    public static final List<Filter> FILTERS = List.of(Filter.NETWORK, Filter.CITY, Filter.ORGANIZER, Filter.TOPIC,
            Filter.LANGUAGE, Filter.FORMAT);
    public static final List<String> LANGUAGES = List.of("en", "fr", "es", "ar");
    private static final Set<String> NOT_HERE = Set.of("from", "to", "country", "status", "free", "cursor");

    private final EventQueryParser parser;

    public EmbedFilters(EventQueryParser parser) {
        this.parser = parser;
    }

    /** A parsed embed request. */
    public record Embed(EventQuery search, String lang) {
    }

    public Embed parse(Map<String, List<String>> parameters) {
        Map<String, List<String>> rest = new HashMap<>(parameters);
        List<String> langs = rest.remove("lang");
        String lang = langs == null || langs.isEmpty() ? "en" : langs.get(0);
        InputErrors errors = new InputErrors();
        if (!LANGUAGES.contains(lang)) {
            errors.add("lang", "must be one of " + String.join(", ", LANGUAGES));
        }
        NOT_HERE.stream().filter(rest::containsKey).sorted()
                .forEach(name -> errors.add(name, "is not an attribute of the widget"));
        errors.throwIfAny();
        EventQuery search = parser.parse(rest, Set.of());
        return new Embed(search, lang);
    }
}
