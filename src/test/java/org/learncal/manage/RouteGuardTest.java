package org.learncal.manage;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.learncal.support.Tokens;
import org.learncal.token.Scope;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every /manage route, listed by the router (a new route is tried the day it is added): refused without a
 * session, and refused to a session of any other scope than the route's.
 */
@MicronautTest(transactional = false)
class RouteGuardTest {
    static final String SEED_EVENT = "3f1c2a7e-5b8d-4c3e-9a6f-0d2b1e4c7a01";

    @Inject
    EmbeddedServer server;
    @Inject
    Router router;
    @Inject
    @io.micronaut.http.client.annotation.Client("/")
    io.micronaut.http.client.HttpClient api;

    @Test
    void theRouterListsTheWholeConsole() {
        List<String> templates = ConsoleRoutes.of(router, SEED_EVENT).all().stream()
                .map(route -> route.method() + " " + route.template()).toList();

        assertEquals(List.of("GET /manage", "GET /manage/admin", "POST /manage/admin/{kind}",
                "GET /manage/admin/{kind}/new", "GET /manage/admin/{kind}/{slug}", "POST /manage/admin/{kind}/{slug}",
                "GET /manage/admin/{kind}/{slug}/tokens",
                "POST /manage/admin/{kind}/{slug}/tokens", "POST /manage/admin/{kind}/{slug}/tokens/{id}/revoke",
                "GET /manage/events", "POST /manage/events", "GET /manage/events/new", "GET /manage/events/{id}",
                "POST /manage/events/{id}", "POST /manage/events/{id}/cancel", "POST /manage/events/{id}/postpone",
                "GET /manage/import", "POST /manage/import", "GET /manage/network", "POST /manage/network/trusted",
                "GET /manage/review", "POST /manage/review/{id}/approve", "POST /manage/review/{id}/reject",
                "GET /manage/sign-in", "POST /manage/sign-in", "POST /manage/sign-out", "GET /manage/sources",
                "POST /manage/sources", "POST /manage/sources/{id}/{action}"), templates);
    }

    @Test
    void everyRouteButSignInSendsAReaderWithoutSessionToSignInAndRefusesForms() {
        ConsoleClient anonymous = new ConsoleClient(server.getURI());
        List<String> wrong = new ArrayList<>();
        for (ConsoleRoutes.Route route : ConsoleRoutes.of(router, SEED_EVENT).all()) {
            if (route.access() == ConsoleAccess.PUBLIC) {
                continue;
            }
            ConsoleClient.Answer answer = route.isPost() ? anonymous.post(route.path(), List.of("title", "x"))
                    : anonymous.get(route.path());
            String outcome = route.isPost() ? answer.status() + " " + refusal(answer)
                    : answer.status() + " " + answer.header("Location").orElse("");
            String expected = route.isPost()
                    ? "403 Your session has ended. Sign in again, then send the form again."
                    : "303 /manage/sign-in";
            if (!outcome.equals(expected)) {
                wrong.add(route + " answered " + outcome);
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyScopedRouteRefusesASessionOfAnotherScope() {
        Tokens.Publisher publisher = Tokens.publisher(api.toBlocking(), false);
        Map<Scope, ConsoleClient> signedIn = Map.of(
                Scope.ORGANIZER, signedIn(publisher.organizerToken()),
                Scope.NETWORK, signedIn(publisher.networkToken()),
                Scope.ADMIN, signedIn(Tokens.ADMIN));
        List<String> wrong = new ArrayList<>();
        int tried = 0;
        for (ConsoleRoutes.Route route : ConsoleRoutes.of(router, SEED_EVENT).all()) {
            for (Map.Entry<Scope, ConsoleClient> session : signedIn.entrySet()) {
                if (route.access().scope().isEmpty() || route.access().scope().get() == session.getKey()) {
                    continue;
                }
                ConsoleClient client = session.getValue();
                ConsoleClient.Answer answer = route.isPost()
                        ? client.post(route.path(), List.of("_csrf", "any"))
                        : client.get(route.path());
                tried++;
                if (answer.status() != 403 || !"Your token does not give access to this page.".equals(refusal(answer))) {
                    wrong.add(route + " as " + session.getKey() + " answered " + answer.status());
                }
            }
        }
        assertEquals(List.of(), wrong);
        assertTrue(tried >= 30, "tried " + tried);
    }

    private ConsoleClient signedIn(String token) {
        ConsoleClient client = new ConsoleClient(server.getURI());
        assertEquals(303, client.signIn(token).status());
        return client;
    }

    private static String refusal(ConsoleClient.Answer answer) {
        var element = answer.html().getElementById("refusal");
        return element == null ? answer.body() : element.text();
    }
}
