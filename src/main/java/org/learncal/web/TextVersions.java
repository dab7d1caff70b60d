package org.learncal.web;

import io.micronaut.core.annotation.Nullable;
import org.learncal.event.Event;
import org.learncal.event.LocalizedText;

import java.util.List;
import java.util.Locale;

/**
 * Which language an event page shows the event's text in, and what it tells the reader about it: "Translated from
 * French" or "Original in Arabic", the outdated notice, and links to the text in its other languages (also given
 * as {@code hreflang} alternates).
 *
 * @param note   null when the text is the original, in the reader's own language
 */
public record TextVersions(String language, @Nullable String note, boolean outdated, List<Version> others) {

    /** The event's text in another language: its tag, its name in the reader's language, and the page showing it. */
    public record Version(String tag, String name, String url) {
    }

    /** The query parameter that picks the text language of an event page, whatever the interface language. */
    public static final String PARAMETER = "text";

    public static TextVersions of(Event event, LocalizedText text, Language reader, Messages messages) {
        Locale locale = reader.locale();
        String note = text.isTranslation()
                ? messages.get(reader, "event.translatedFrom", name(text.originalLanguage(), locale, false))
                : primary(text.language()).equals(reader.tag()) ? null
                : messages.get(reader, "event.originalIn", name(text.originalLanguage(), locale, false));
        List<Version> others = LocalizedText.languages(event).stream().filter(tag -> !tag.equals(text.language()))
                .map(tag -> new Version(tag, name(tag, locale, true), "/events/" + event.id() + "?" + PARAMETER
                        + "=" + tag)).toList();
        return new TextVersions(text.language(), note, text.outdated(), others);
    }

    /** A language's name in the reader's language: capitalised in a list, as in running text otherwise. */
    static String name(String tag, Locale reader, boolean capitalised) {
        String name = Locale.forLanguageTag(tag).getDisplayName(reader);
        return capitalised && !name.isEmpty() ? name.substring(0, 1).toUpperCase(reader) + name.substring(1) : name;
    }

    private static String primary(String tag) {
        return Locale.forLanguageTag(tag).getLanguage();
    }
}
