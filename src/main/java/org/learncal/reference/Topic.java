package org.learncal.reference;

import io.micronaut.serde.annotation.Serdeable;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** A subject an event is about, such as literacy or global citizenship education, labelled per BCP 47 language. */
@Serdeable
public record Topic(String slug, Map<String, String> labels) {
    /** The language every topic has a label in. */
    public static final String DEFAULT = "en";

    public Topic {
        labels = java.util.Collections.unmodifiableMap(new TreeMap<>(labels));
        if (!labels.containsKey(DEFAULT)) {
            throw new IllegalArgumentException("topic " + slug + " has no label in " + DEFAULT);
        }
    }

    /** The label in {@code language}, else in its primary language ({@code fr} for {@code fr-CA}), else English. */
    public String label(String language) {
        if (language == null) {
            return labels.get(DEFAULT);
        }
        String primary = Locale.forLanguageTag(language).getLanguage();
        return labels.getOrDefault(language, labels.getOrDefault(primary, labels.get(DEFAULT)));
    }
}
