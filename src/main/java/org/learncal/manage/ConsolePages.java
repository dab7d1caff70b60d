package org.learncal.manage;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.views.ModelAndView;

import jakarta.inject.Singleton;
import org.learncal.problem.ProblemException;
import org.learncal.problem.ProblemType;
import org.learncal.problem.Problems;
import org.learncal.web.Language;
import org.learncal.web.Messages;
import org.learncal.web.PageModel;
import org.learncal.web.RenderedPages;

import java.util.Map;

/** What every console page's model holds (the public pages' layout, the session, its CSRF token), and refusals. */
@Singleton
public class ConsolePages {
    private final PageModel pages;
    private final Messages messages;
    private final RenderedPages rendered;

    ConsolePages(PageModel pages, Messages messages, RenderedPages rendered) {
        this.pages = pages;
        this.messages = messages;
        this.rendered = rendered;
    }

    /** The model of a page titled by the text {@code titleKey}, for the signed-in reader (if any). */
    public Map<String, Object> model(HttpRequest<?> request, String titleKey, Object... arguments) {
        Language language = Language.of(request);
        Map<String, Object> model = pages.base(request, language, messages.get(language, titleKey, arguments), null);
        ConsoleSession session = request.getAttribute(ConsoleSession.ATTRIBUTE, ConsoleSession.class).orElse(null);
        model.put("session", session);
        model.put("scope", session == null ? null : session.caller().scope().name().toLowerCase());
        model.put("csrf", session == null ? "" : session.csrf());
        return model;
    }

    public String text(HttpRequest<?> request, String key, Object... arguments) {
        return messages.get(Language.of(request), key, arguments);
    }

    public static HttpResponse<?> page(String view, Map<String, Object> model) {
        return HttpResponse.ok(new ModelAndView<>(view, model)).contentType(MediaType.TEXT_HTML);
    }

    public static HttpResponse<?> page(HttpStatus status, String view, Map<String, Object> model) {
        return HttpResponse.status(status).body(new ModelAndView<>(view, model)).contentType(MediaType.TEXT_HTML);
    }

    /**
     * A refusal in the reader's language: a page, or problem+json for a client that asked for JSON only. The
     * filter answers before any controller, where views are not rendered for it, so it is rendered here.
     */
    MutableHttpResponse<?> refused(HttpRequest<?> request, ConsoleRefusal refusal) {
        if (wantsJson(request)) {
            return Problems.response(ProblemType.forStatus(refusal.status().getCode())
                    .problem(messages.get(Language.DEFAULT, refusal.reasonKey())));
        }
        return HttpResponse.status(refusal.status()).body(refusalPage(request, refusal, null))
                .contentType(MediaType.TEXT_HTML);
    }

    /** The page of a refusal; {@code detail} says more where the reason is the request's own input. */
    String refusalPage(HttpRequest<?> request, ConsoleRefusal refusal, @Nullable String detail) {
        Map<String, Object> model = model(request, refusal.titleKey());
        model.put("reason", text(request, refusal.reasonKey()));
        model.put("detail", detail);
        return rendered.render(new ModelAndView<>("manage/refused", model), request);
    }

    /** A client that lists JSON and not HTML among what it accepts: a tool, not a browser. */
    static boolean wantsJson(HttpRequest<?> request) {
        String accept = request.getHeaders().get(HttpHeaders.ACCEPT);
        return accept != null && accept.contains("json") && !accept.contains(MediaType.TEXT_HTML);
    }

    /** The signed-in session; the filter has made sure there is one on every path that needs it. */
    public static ConsoleSession session(HttpRequest<?> request) {
        return request.getAttribute(ConsoleSession.ATTRIBUTE, ConsoleSession.class).orElseThrow();
    }

    /** The session, once the form's CSRF token is found to be its own (403 otherwise). */
    public static ConsoleSession checked(HttpRequest<?> request, @Nullable String csrf) {
        ConsoleSession session = session(request);
        if (!session.acceptsCsrf(csrf)) {
            throw new ProblemException(ProblemType.FORBIDDEN, ConsoleRefusal.CSRF_DETAIL);
        }
        return session;
    }
}
