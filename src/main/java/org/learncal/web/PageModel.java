package org.learncal.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.views.ModelAndView;
import jakarta.inject.Singleton;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What every page's layout needs: language, texts, title, language switch links and Atom link. */
@Singleton
public class PageModel {
    private final Messages messages;

    public PageModel(Messages messages) {
        this.messages = messages;
    }

    /** A model for {@code request}, to which a controller adds its own entries. */
    public Map<String, Object> base(HttpRequest<?> request, Language language, String title,
                                    @Nullable String atomPath) {
        Map<String, Object> model = new HashMap<>();
        model.put("lang", language.tag());
        model.put("t", messages.all(language));
        model.put("title", title);
        model.put("atom", atomPath);
        model.put("dir", language.dir());
        model.put("switches", java.util.Arrays.stream(Language.values()).filter(other -> other != language)
                .map(other -> new Switch(other.tag(), messages.get(other, "language.name"),
                        switchUrl(request, other))).toList());
        return model;
    }

    /** A link that switches the interface to another language, named in that language. */
    public record Switch(String tag, String name, String url) {
    }

    /** The current page with {@code lang} set: the {@link LanguageSwitchFilter} stores it and comes back. */
    static String switchUrl(HttpRequest<?> request, Language target) {
        StringBuilder url = new StringBuilder(request.getPath()).append("?");
        for (Map.Entry<String, List<String>> parameter : request.getParameters().asMap().entrySet()) {
            if (!parameter.getKey().equals("lang")) {
                parameter.getValue().forEach(value -> url.append(encode(parameter.getKey())).append('=')
                        .append(encode(value)).append('&'));
            }
        }
        return url.append("lang=").append(target.tag()).toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** The HTML "not found" page; the JSON API keeps answering problem+json. */
    public HttpResponse<?> notFound(HttpRequest<?> request, Language language) {
        Map<String, Object> model = base(request, language, messages.get(language, "notFound.title"), null);
        return HttpResponse.status(HttpStatus.NOT_FOUND).body(new ModelAndView<>("not-found", model))
                .contentType(MediaType.TEXT_HTML);
    }
}
