package org.learncal.text;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Folds text for case- and accent-insensitive search: {@code Pandémie} and {@code pandemie} fold alike. */
public final class SearchText {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private SearchText() {
    }

    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** The folded words of a query, each of which must occur in a match. */
    public static List<String> terms(String query) {
        return Arrays.stream(SPACES.split(fold(query).trim())).filter(term -> !term.isEmpty()).toList();
    }
}
