package org.learncal.feed;

import io.micronaut.core.annotation.Nullable;

import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The words feeds add to events and calendars (labels, calendar descriptions), from {@code i18n/feeds_*.properties}
 * in the languages of the interface; other languages get English. {@code {0}}, {@code {1}} are replaced as they
 * stand (no MessageFormat quoting rules: French apostrophes stay as written).
 */
record FeedWording(String language, Map<String, String> texts) {
    private static final Map<String, FeedWording> BY_LANGUAGE = Stream.of("en", "fr", "es", "ar")
            .collect(Collectors.toUnmodifiableMap(Function.identity(), FeedWording::load));
    static final FeedWording ENGLISH = BY_LANGUAGE.get("en");
    private static final Memo<String, FeedWording> BY_TAG = new Memo<>();

    /** The wording for a text in {@code tag} ({@code fr-CA} gets French), English when there is none. */
    static FeedWording of(@Nullable String tag) {
        // asked for several times per event rendered: a tag is parsed once
        return tag == null ? ENGLISH : BY_TAG.get(tag,
                known -> BY_LANGUAGE.getOrDefault(Locale.forLanguageTag(known).getLanguage(), ENGLISH));
    }

    Locale locale() {
        return Locale.forLanguageTag(language);
    }

    String get(String key, String... arguments) {
        String text = texts.getOrDefault(key, key);
        for (int i = 0; i < arguments.length; i++) {
            text = text.replace("{" + i + "}", arguments[i]);
        }
        return text;
    }

    private static FeedWording load(String language) {
        ResourceBundle bundle = ResourceBundle.getBundle("i18n/feeds", Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new FeedWording(language, bundle.keySet().stream()
                .collect(Collectors.toUnmodifiableMap(Function.identity(), bundle::getString)));
    }
}
