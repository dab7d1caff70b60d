package org.learncal.web;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.core.annotation.Nullable;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code ?lang=fr} on any page: remembers the choice in a cookie and redirects to the same page without the
 * parameter, so that the switch works as a plain link, without JavaScript.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class LanguageSwitchFilter {

    @RequestFilter
    public @Nullable MutableHttpResponse<?> switchLanguage(HttpRequest<?> request) {
        String tag = request.getParameters().get("lang");
        // the widget's iframe page takes lang as the widget's language, for this one page; feeds as their text's
        if (tag == null || request.getMethod() != HttpMethod.GET || request.getPath().startsWith("/api/")
                || request.getPath().startsWith("/embed/") || request.getPath().startsWith("/calendar")) {
            return null;
        }
        Language language = Language.parse(tag).orElse(Language.of(request));
        Cookie cookie = Cookie.of(Language.COOKIE, language.tag()).path("/").maxAge(Duration.ofDays(365))
                .sameSite(SameSite.Lax).httpOnly(true);
        return HttpResponse.status(HttpStatus.SEE_OTHER).header("Location", withoutLang(request)).cookie(cookie);
    }

    /** Pages are worded by the cookie or Accept-Language: shared caches must keep one copy per language. */
    @ResponseFilter
    public void varyByLanguage(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (response.getContentType().map(type -> type.matches(MediaType.TEXT_HTML_TYPE)
                || type.getName().equals(AtomFeed.MEDIA_TYPE)).orElse(false)) {
            response.getHeaders().add(HttpHeaders.VARY, "Accept-Language, Cookie");
        }
    }

    /** The same path and parameters less {@code lang}; leading slashes collapsed so it stays on this site. */
    static String withoutLang(HttpRequest<?> request) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, List<String>> parameter : request.getParameters().asMap().entrySet()) {
            if (!parameter.getKey().equals("lang")) {
                parameter.getValue().forEach(value -> parts.add(encode(parameter.getKey()) + "=" + encode(value)));
            }
        }
        String path = "/" + request.getPath().replaceFirst("^/+", "");
        return parts.isEmpty() ? path : path + "?" + String.join("&", parts);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
