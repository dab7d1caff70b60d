package org.learncal.web;

import io.micronaut.core.io.Writable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.ModelAndViewRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Every page is rendered whole before its response starts. Left to the views filter, a template is rendered
 * while it is being sent: one that fails then leaves the client waiting for the rest until it times out.
 * Rendered here, a failure is logged with its cause and the reader gets a 500 page at once.
 * Only pages are rendered here (the views filter's output for text/html); other bodies are sent as they are.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class RenderedPages {
    private static final Logger LOG = LoggerFactory.getLogger(RenderedPages.class);
    private static final String LAST_RESORT = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            + "<title>Server error</title></head><body><main><h1>Server error</h1><p>Something went wrong on our "
            + "side; it has been logged.</p></main></body></html>";

    private final ModelAndViewRenderer<Map<String, Object>, HttpRequest<?>> renderer;
    private final PageModel pages;
    private final Messages messages;

    RenderedPages(ModelAndViewRenderer<Map<String, Object>, HttpRequest<?>> renderer, PageModel pages,
                  Messages messages) {
        this.renderer = renderer;
        this.pages = pages;
        this.messages = messages;
    }

    @ResponseFilter
    public void renderWhole(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (!(response.body() instanceof Writable page)
                || !response.getContentType().map(type -> type.matches(MediaType.TEXT_HTML_TYPE)).orElse(false)) {
            return;
        }
        StringWriter html = new StringWriter();
        try {
            page.writeTo(html);
            response.body(html.toString());
        } catch (IOException | RuntimeException failure) {
            LOG.error("A page failed to render for {} {}", request.getMethod(), request.getPath(), failure);
            response.status(HttpStatus.INTERNAL_SERVER_ERROR).body(errorPage(request));
        }
    }

    private String errorPage(HttpRequest<?> request) {
        Language language = Language.of(request);
        try {
            return render(new ModelAndView<>("error", pages.base(request, language,
                    messages.get(language, "error.title"), null)), request);
        } catch (RuntimeException failure) {
            LOG.error("The error page failed to render too", failure);
            return LAST_RESORT;
        }
    }

    /** A page rendered whole as HTML, for those who answer before the views filter can (the console's filter). */
    public String render(ModelAndView<Map<String, Object>> page, HttpRequest<?> request) {
        StringWriter html = new StringWriter();
        try {
            renderer.render(page, request, MediaType.TEXT_HTML).orElseThrow().writeTo(html);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return html.toString();
    }
}
