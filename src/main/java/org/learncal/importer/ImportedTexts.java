package org.learncal.importer;

import io.micronaut.core.annotation.Nullable;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.learncal.event.Translation;
import org.learncal.event.Translations;
import org.learncal.text.Languages;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The texts of a component by the language each one says it is in ({@code LANGUAGE=}). The first SUMMARY
 * gives the original's language (else the import's); a text without LANGUAGE, or with one LearnCal does not
 * know, is in that language. Texts in another language become that language's translation: a DESCRIPTION
 * in English under a French SUMMARY is kept as the English text, not passed off as French. A language the
 * source gives no SUMMARY in takes the original title as it stands (often a name): no text is lost.
 */
record ImportedTexts(String language, String title, String description, Translations translations) {

    static Optional<ImportedTexts> of(VEvent component, String defaultLanguage) {
        List<Property> summaries = nonBlank(component.getProperties("SUMMARY"));
        if (summaries.isEmpty()) {
            return Optional.empty();
        }
        String original = languageOf(summaries.get(0), defaultLanguage);
        Map<String, String> titles = byLanguage(summaries, original);
        Map<String, String> descriptions = byLanguage(nonBlank(component.getProperties("DESCRIPTION")), original);
        String title = titles.get(original);
        String description = descriptions.getOrDefault(original, "");
        Map<String, Translation> translations = new LinkedHashMap<>();
        for (String language : union(titles, descriptions)) {
            String translatedTitle = titles.getOrDefault(language, title);
            String translatedDescription = descriptions.getOrDefault(language, "");
            if (!language.equals(original)
                    && !(translatedTitle.equals(title) && translatedDescription.equals(description))) {
                translations.put(language, new Translation(translatedTitle, translatedDescription, null,
                        Translation.Origin.AUTHOR, false));
            }
        }
        return Optional.of(new ImportedTexts(original, title, description, new Translations(translations)));
    }

    private static List<Property> nonBlank(List<Property> properties) {
        return properties.stream().filter(p -> p.getValue() != null && !p.getValue().isBlank()).toList();
    }

    /** The first text in each language, stripped. */
    private static Map<String, String> byLanguage(List<Property> properties, String original) {
        Map<String, String> texts = new LinkedHashMap<>();
        properties.forEach(p -> texts.putIfAbsent(languageOf(p, original), p.getValue().strip()));
        return texts;
    }

    private static List<String> union(Map<String, String> titles, Map<String, String> descriptions) {
        Map<String, Boolean> all = new LinkedHashMap<>();
        titles.keySet().forEach(language -> all.put(language, true));
        descriptions.keySet().forEach(language -> all.put(language, true));
        return List.copyOf(all.keySet());
    }

    private static String languageOf(Property property, @Nullable String fallback) {
        return property.getParameter(Parameter.LANGUAGE).map(Parameter::getValue)
                .filter(tag -> Languages.isKnown(tag) && tag.length() <= 35).map(Languages::canonical)
                .orElse(fallback);
    }
}
