package org.learncal.text;

import java.util.IllformedLocaleException;
import java.util.Locale;

/** BCP 47 language tags: checks them and writes them in their canonical case ({@code fr-CA}). */
public final class Languages {
    private static final java.util.Set<String> KNOWN = java.util.Arrays.stream(Locale.getISOLanguages())
            .flatMap(code -> java.util.stream.Stream.of(code, Locale.forLanguageTag(code).getISO3Language()))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private Languages() {
    }

    public static boolean isWellFormed(String tag) {
        try {
            new Locale.Builder().setLanguageTag(tag);
            return !tag.isBlank();
        } catch (IllformedLocaleException e) {
            return false;
        }
    }

    /** A well-formed tag whose primary language is an ISO 639 language Java knows ({@code xx-YY} is not). */
    public static boolean isKnown(String tag) {
        if (!isWellFormed(tag)) {
            return false;
        }
        String primary = Locale.forLanguageTag(tag).getLanguage();
        return KNOWN.contains(primary);
    }

    public static String canonical(String tag) {
        return isWellFormed(tag) ? Locale.forLanguageTag(tag).toLanguageTag() : tag;
    }
}
