package org.learncal.event;

import io.micronaut.core.annotation.Nullable;
import org.learncal.problem.InputErrors;
import org.learncal.text.Languages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads {@code spokenLanguages} of a write: the BCP 47 tags of the languages spoken at the event, the main one
 * first. Left out, the event is spoken in the language of its text, so that writers that predate the field
 * keep working. Each primary language may be named once: the {@code language} filter finds {@code fr-CA} by
 * {@code fr}, and an event must count once in the facet it is found by.
 */
final class SpokenLanguages {
    static final String FIELD = "spokenLanguages";
    static final int MAX = 10;

    private SpokenLanguages() {
    }

    /** The canonical tags given, or {@code textLanguage} alone when none are given; problems go to errors. */
    static List<String> parse(InputErrors errors, @Nullable List<String> given, @Nullable String textLanguage) {
        if (given == null) {
            return textLanguage == null ? List.of() : List.of(textLanguage);
        }
        if (given.isEmpty()) {
            errors.add(FIELD, "must name at least one language, or be left out for the language of the text");
        }
        if (given.size() > MAX) {
            errors.add(FIELD, "may name at most " + MAX + " languages");
        }
        Map<String, Integer> byPrimary = new LinkedHashMap<>();
        List<String> tags = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            String path = FIELD + "[" + i + "]";
            String tag = given.get(i);
            if (tag == null || !Languages.isKnown(tag) || tag.length() > 35) {
                errors.add(path, (tag == null ? "null" : "'" + tag + "'")
                        + " is not a known BCP 47 language tag such as fr, en or ar");
                continue;
            }
            String primary = Locale.forLanguageTag(tag).getLanguage();
            Integer first = byPrimary.putIfAbsent(primary, i);
            if (first != null) {
                errors.add(path, "'" + tag + "' names " + primary + " again (see " + FIELD + "[" + first
                        + "]): name each language once");
                continue;
            }
            tags.add(Languages.canonical(tag));
        }
        return tags;
    }
}
