package org.learncal.text;

import io.micronaut.core.annotation.Nullable;
import org.learncal.problem.InputErrors;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * The languages a reader asks for: {@code lang=} when given, else {@code Accept-Language} with its q-values.
 * {@link #choose} picks, among the languages a text is available in, the first the reader accepts, else the
 * original: a reader always gets some text.
 */
public record LanguageChoice(List<Locale.LanguageRange> ranges) {
    public static final LanguageChoice ORIGINAL = new LanguageChoice(List.of());

    public LanguageChoice {
        ranges = List.copyOf(ranges);
    }

    /**
     * From {@code lang} (a known BCP 47 tag, or a problem named {@code lang}) or else the Accept-Language header;
     * a malformed header is ignored, as a header the reader did not choose should not fail the request.
     */
    public static LanguageChoice of(@Nullable String lang, @Nullable String acceptLanguage, InputErrors errors) {
        if (lang != null) {
            if (!Languages.isKnown(lang) || lang.length() > 35) {
                errors.add("lang", "'" + lang + "' is not a known BCP 47 language tag such as en, fr, es or ar");
                return ORIGINAL;
            }
            return new LanguageChoice(Locale.LanguageRange.parse(Languages.canonical(lang)));
        }
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return ORIGINAL;
        }
        try {
            return new LanguageChoice(Locale.LanguageRange.parse(acceptLanguage));
        } catch (IllegalArgumentException e) {
            return ORIGINAL;
        }
    }

    /** Only the tag given: what a feed, a page or a link asks for by {@code lang=}. */
    public static LanguageChoice only(String tag) {
        return new LanguageChoice(Locale.LanguageRange.parse(Languages.canonical(tag)));
    }

    /**
     * The first of {@code available} the reader accepts, in order of preference: an exact or more specific tag
     * ({@code en} finds {@code en-GB}), then a shorter one ({@code fr-CA} finds {@code fr}); else {@code original}.
     */
    public String choose(String original, Collection<String> available) {
        List<String> tags = new ArrayList<>();
        tags.add(original);
        available.stream().filter(tag -> !tag.equals(original)).forEach(tags::add);
        for (Locale.LanguageRange range : ranges) {
            if (range.getWeight() == 0 || range.getRange().equals("*")) {
                break;
            }
            List<Locale.LanguageRange> one = List.of(range);
            List<String> matching = Locale.filterTags(one, tags);
            if (!matching.isEmpty()) {
                return exact(matching, tags);
            }
            String shorter = Locale.lookupTag(one, tags);
            if (shorter != null) {
                return exact(List.of(shorter), tags);
            }
        }
        return original;
    }

    /** The tag as the text has it (filterTags and lookupTag answer in lower case). */
    private static String exact(List<String> matching, List<String> tags) {
        return tags.stream().filter(tag -> tag.equalsIgnoreCase(matching.get(0))).findFirst().orElse(matching.get(0));
    }

    /** The first language asked for, if any: what pages and feeds name themselves in. */
    public @Nullable String preferred() {
        return ranges.isEmpty() || ranges.get(0).getRange().equals("*") ? null : ranges.get(0).getRange();
    }
}
