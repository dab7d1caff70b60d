package org.learncal.event;

import io.micronaut.core.annotation.Nullable;
import org.learncal.text.LanguageChoice;
import org.learncal.text.Wire;

import java.util.ArrayList;
import java.util.List;

/**
 * An event's text as one reader gets it: in the language {@link LanguageChoice} picks among the original and
 * its translations, saying which language that is, whether it is the original ({@code origin} {@code original})
 * or a translation ({@code author}, {@code reviewed}), and whether the original changed since (outdated).
 * A translation without its own status reason shows the original's.
 */
public record LocalizedText(String language, String title, String description, @Nullable String statusReason,
                            String origin, boolean outdated, String originalLanguage) {
    public static final String ORIGINAL = "original";

    public static LocalizedText of(Event event, LanguageChoice choice) {
        return in(event, choice.choose(event.language(), event.translations().languages()));
    }

    /** The text in {@code language} if the event has it, else the original. */
    public static LocalizedText in(Event event, String language) {
        return event.translations().in(language)
                .map(t -> new LocalizedText(language, t.title(), t.description(),
                        t.statusReason() == null ? event.statusReason() : t.statusReason(), Wire.of(t.origin()),
                        t.outdated(), event.language()))
                .orElseGet(() -> new LocalizedText(event.language(), event.title(), event.description(),
                        event.statusReason(), ORIGINAL, false, event.language()));
    }

    public boolean isTranslation() {
        return !origin.equals(ORIGINAL);
    }

    /** Every language the event's text is in: the original's first, then its translations in tag order. */
    public static List<String> languages(Event event) {
        List<String> languages = new ArrayList<>();
        languages.add(event.language());
        event.translations().languages().stream().filter(tag -> !tag.equals(event.language()))
                .forEach(languages::add);
        return languages;
    }
}
