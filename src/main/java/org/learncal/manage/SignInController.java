package org.learncal.manage;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.learncal.problem.ProblemException;
import org.learncal.token.Authenticator;
import org.learncal.token.Caller;

import java.net.URI;
import java.util.Map;

/** Signing in by pasting a token, which starts a new session; signing out ends it. */
@Controller("/manage")
@ExecuteOn(TaskExecutors.BLOCKING)
public class SignInController {
    private final Authenticator authenticator;
    private final SessionStore sessions;
    private final SessionCookie cookies;
    private final SignInLimit limit;
    private final ConsolePages pages;
    private final ClientAddress clientAddress;

    SignInController(Authenticator authenticator, SessionStore sessions, SessionCookie cookies, SignInLimit limit,
                     ConsolePages pages, ClientAddress clientAddress) {
        this.clientAddress = clientAddress;
        this.authenticator = authenticator;
        this.sessions = sessions;
        this.cookies = cookies;
        this.limit = limit;
        this.pages = pages;
    }

    /** The start page of each kind of user. */
    @Get(produces = MediaType.TEXT_HTML)
    public HttpResponse<?> start(HttpRequest<?> request) {
        return HttpResponse.seeOther(URI.create(home(ConsolePages.session(request).caller())));
    }

    @Get(uri = "/sign-in", produces = MediaType.TEXT_HTML)
    public HttpResponse<?> form(HttpRequest<?> request) {
        return ConsolePages.page("manage/sign-in", pages.model(request, "manage.signIn.title"));
    }

    @Post(uri = "/sign-in", produces = MediaType.TEXT_HTML)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> signIn(HttpRequest<?> request, @Nullable @Body byte[] body) {
        String address = clientAddress.of(request);
        long wait = limit.waitSeconds(address);
        if (wait > 0) {
            return failed(request, HttpStatus.TOO_MANY_REQUESTS, pages.text(request, "manage.signIn.wait",
                    (wait + 59) / 60)).header("Retry-After", Long.toString(wait));
        }
        String token = FormData.parse(body).get("token");
        Caller caller;
        try {
            caller = authenticator.bySecret(token == null ? "" : token);
        } catch (ProblemException unknown) {
            limit.fail(address);
            return failed(request, HttpStatus.UNAUTHORIZED, pages.text(request, "manage.signIn.unknown"));
        }
        // a fresh id at every sign-in: an id planted in the browser beforehand never becomes signed in
        SessionCookie.read(request).ifPresent(sessions::delete);
        String id = sessions.create(caller);
        return HttpResponse.seeOther(URI.create(home(caller))).cookie(cookies.of(id));
    }

    @Post(uri = "/sign-out", produces = MediaType.TEXT_HTML)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> signOut(HttpRequest<?> request, @Nullable @Body byte[] body) {
        ConsolePages.checked(request, FormData.parse(body).get(FormData.CSRF));
        SessionCookie.read(request).ifPresent(sessions::delete);
        return HttpResponse.seeOther(URI.create(ConsoleAccess.SIGN_IN)).cookie(cookies.cleared());
    }

    private io.micronaut.http.MutableHttpResponse<?> failed(HttpRequest<?> request, HttpStatus status, String error) {
        Map<String, Object> model = pages.model(request, "manage.signIn.title");
        model.put("error", error);
        return HttpResponse.status(status).body(new io.micronaut.views.ModelAndView<>("manage/sign-in", model))
                .contentType(MediaType.TEXT_HTML);
    }

    static String home(Caller caller) {
        return switch (caller.scope()) {
            case ORGANIZER -> "/manage/events";
            case NETWORK -> "/manage/review";
            case ADMIN -> "/manage/admin";
        };
    }
}
