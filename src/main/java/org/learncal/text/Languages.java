package org.learncal.text;

import java.util.IllformedLocaleException;
import java.util.Locale;

/** BCP 47 language tags: checks them and writes them in their canonical case ({@code fr-CA}). */
public final class Languages {
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

    public static String canonical(String tag) {
        return isWellFormed(tag) ? Locale.forLanguageTag(tag).toLanguageTag() : tag;
    }
}
