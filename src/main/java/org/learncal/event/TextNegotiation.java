package org.learncal.event;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import org.learncal.problem.InputErrors;
import org.learncal.text.LanguageChoice;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * What the events API reads of a request to choose the text language ({@code lang}, Accept-Language,
 * {@code translations=all}), and the headers that say what it chose (Content-Language, Vary).
 */
record TextNegotiation(LanguageChoice choice, boolean allTranslations) {
    static final Set<String> PARAMETERS = Set.of("lang", "translations");

    static TextNegotiation of(HttpRequest<?> request, InputErrors errors) {
        List<String> langs = request.getParameters().getAll("lang");
        List<String> translations = request.getParameters().getAll("translations");
        if (langs.size() > 1) {
            errors.add("lang", "may be given once");
        }
        if (translations.size() > 1 || (translations.size() == 1 && !translations.get(0).equals("all"))) {
            errors.add("translations", "may only be 'all': every translation of each event, with its origin");
        }
        LanguageChoice choice = LanguageChoice.of(langs.isEmpty() ? null : langs.get(0),
                request.getHeaders().get(HttpHeaders.ACCEPT_LANGUAGE), errors);
        return new TextNegotiation(choice, !translations.isEmpty());
    }

    EventView view(EventDetails details, org.learncal.link.LinkFactory links) {
        return EventView.of(details, links, choice, allTranslations);
    }

    /** Names the languages of the texts sent (none for an empty page) and that they depend on Accept-Language. */
    static <T> MutableHttpResponse<T> headers(MutableHttpResponse<T> response, Collection<String> languages) {
        if (!languages.isEmpty()) {
            response.header(HttpHeaders.CONTENT_LANGUAGE, String.join(", ", languages));
        }
        return response.header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
    }
}
