package org.learncal.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The interface languages, those of the learning-city networks: English, French, Spanish and Arabic (written right
 * to left), chosen by the {@code lang} cookie, else Accept-Language.
 */
public enum Language {
    EN, FR, ES, AR;

    public static final String COOKIE = "lang";
    public static final Language DEFAULT = EN;

    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The writing direction, for {@code <html dir>}: the layout mirrors itself through CSS logical properties. */
    public String dir() {
        return this == AR ? "rtl" : "ltr";
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag());
    }

    public static Optional<Language> parse(@Nullable String tag) {
        for (Language language : values()) {
            if (language.tag().equalsIgnoreCase(tag)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    public static Language of(HttpRequest<?> request) {
        return request.getCookies().findCookie(COOKIE).map(Cookie::getValue).flatMap(Language::parse)
                .orElseGet(() -> fromAcceptLanguage(request.getHeaders().get(HttpHeaders.ACCEPT_LANGUAGE)));
    }

    /** The first interface language in the reader's order of preference; English when none is asked for. */
    static Language fromAcceptLanguage(@Nullable String header) {
        if (header == null || header.isBlank()) {
            return DEFAULT;
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(header);
        } catch (IllegalArgumentException malformed) {
            return DEFAULT;
        }
        for (Locale.LanguageRange range : ranges) {
            Optional<Language> match = parse(range.getRange().split("-")[0]);
            if (match.isPresent() && range.getWeight() > 0) {
                return match.get();
            }
        }
        return DEFAULT;
    }
}
