package org.learncal.manage;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.learncal.problem.Problem;
import org.learncal.token.TokenIssuer;

import java.net.URI;
import java.util.Optional;

/**
 * The console's gate. A POST from another site is refused before anything else. Without a live session a page
 * sends the reader to sign in (a form is refused); a session of the wrong scope is refused; a session whose
 * token was revoked is ended.
 */
@ServerFilter("/manage/**")
public class ConsoleFilter implements Ordered {
    private final SessionStore sessions;
    private final TokenIssuer tokens;
    private final ConsolePages pages;

    ConsoleFilter(SessionStore sessions, TokenIssuer tokens, ConsolePages pages) {
        this.sessions = sessions;
        this.tokens = tokens;
        this.pages = pages;
    }

    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    public @Nullable MutableHttpResponse<?> guard(HttpRequest<?> request) {
        boolean post = request.getMethod() == HttpMethod.POST;
        if (post && isCrossSite(request)) {
            return pages.refused(request, ConsoleRefusal.forbidden("manage.refused.crossSite"));
        }
        ConsoleAccess access = ConsoleAccess.of(request.getPath());
        if (access == ConsoleAccess.PUBLIC) {
            return null;
        }
        Optional<ConsoleSession> session = SessionCookie.read(request).flatMap(sessions::find);
        if (session.isPresent() && !tokens.isValid(session.get().caller())) {
            SessionCookie.read(request).ifPresent(sessions::delete);
            session = Optional.empty();
        }
        if (session.isEmpty()) {
            return post ? pages.refused(request, ConsoleRefusal.forbidden("manage.refused.signedOut"))
                    : HttpResponse.seeOther(URI.create(ConsoleAccess.SIGN_IN));
        }
        if (access.scope().isPresent() && access.scope().get() != session.get().caller().scope()) {
            return pages.refused(request, ConsoleRefusal.forbidden("manage.refused.scope"));
        }
        request.setAttribute(ConsoleSession.ATTRIBUTE, session.get());
        return null;
    }

    /**
     * Never cached; and never framed, also by browsers older than CSP's frame-ancestors. A problem from behind
     * a console page becomes a page in the reader's language, keeping its status and headers (Retry-After).
     */
    @ResponseFilter
    public void answer(HttpRequest<?> request, MutableHttpResponse<?> response) {
        response.header(HttpHeaders.CACHE_CONTROL, "no-store");
        response.header("X-Frame-Options", "DENY");
        if (response.body() instanceof Problem problem && !ConsolePages.wantsJson(request)) {
            String detail = problem.status() == HttpStatus.BAD_REQUEST.getCode() ? problem.detail() : null;
            response.body(pages.refusalPage(request, ConsoleRefusal.of(problem), detail))
                    .contentType(MediaType.TEXT_HTML);
        }
    }

    /** Around {@link org.learncal.problem.CrossOriginRefusal}, so that its problem becomes a page here too. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.METRICS.before() - 1;
    }

    /**
     * A form sent from another site: the browser says so (Sec-Fetch-Site), or the Origin is not this host.
     * Tools that send neither header are not browsers and carry no one's cookie but their own.
     */
    static boolean isCrossSite(HttpRequest<?> request) {
        String fetchSite = request.getHeaders().get("Sec-Fetch-Site");
        if (fetchSite != null && !fetchSite.equals("same-origin") && !fetchSite.equals("none")) {
            return true;
        }
        String origin = request.getHeaders().get(HttpHeaders.ORIGIN);
        if (origin == null) {
            return false;
        }
        String host = request.getHeaders().get(HttpHeaders.HOST);
        try {
            URI uri = URI.create(origin);
            return host == null || uri.getAuthority() == null || !uri.getAuthority().equalsIgnoreCase(host);
        } catch (IllegalArgumentException malformed) {
            return true;
        }
    }
}
