package org.learncal.token;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.learncal.body.JsonBody;
import org.learncal.problem.Ids;
import org.learncal.problem.ProblemException;
import org.learncal.reference.Vocabulary;

import java.net.URI;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** The admin issues, lists and revokes organizer and network tokens; a secret is shown only once. */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
public class TokenController {
    private final Authenticator authenticator;
    private final TokenIssuer issuer;
    private final JsonBody bodies;

    TokenController(Authenticator authenticator, TokenIssuer issuer, JsonBody bodies) {
        this.authenticator = authenticator;
        this.issuer = issuer;
        this.bodies = bodies;
    }

    @Post("/organizers/{slug}/tokens")
    @Consumes(MediaType.APPLICATION_JSON)
    public HttpResponse<TokenView> issueForOrganizer(HttpRequest<?> request, @PathVariable String slug,
                                                     @Nullable @Body byte[] body) {
        return issue(request, Scope.ORGANIZER, slug, body);
    }

    @Post("/networks/{slug}/tokens")
    @Consumes(MediaType.APPLICATION_JSON)
    public HttpResponse<TokenView> issueForNetwork(HttpRequest<?> request, @PathVariable String slug,
                                                   @Nullable @Body byte[] body) {
        return issue(request, Scope.NETWORK, slug, body);
    }

    @Get("/organizers/{slug}/tokens")
    public List<TokenView> listForOrganizer(HttpRequest<?> request, @PathVariable String slug) {
        return list(request, Scope.ORGANIZER, slug);
    }

    @Get("/networks/{slug}/tokens")
    public List<TokenView> listForNetwork(HttpRequest<?> request, @PathVariable String slug) {
        return list(request, Scope.NETWORK, slug);
    }

    @Delete("/organizers/{slug}/tokens/{id}")
    public HttpResponse<Void> revokeForOrganizer(HttpRequest<?> request, @PathVariable String slug,
                                                 @PathVariable String id) {
        return revoke(request, Scope.ORGANIZER, slug, id);
    }

    @Delete("/networks/{slug}/tokens/{id}")
    public HttpResponse<Void> revokeForNetwork(HttpRequest<?> request, @PathVariable String slug,
                                               @PathVariable String id) {
        return revoke(request, Scope.NETWORK, slug, id);
    }

    private HttpResponse<TokenView> issue(HttpRequest<?> request, Scope scope, String slug, @Nullable byte[] body) {
        authenticator.admin(request);
        TokenView token = issuer.issue(scope, slug, bodies.read(body, TokenRequest.class));
        return HttpResponse.created(token, URI.create(path(scope, slug) + "/" + token.id()));
    }

    private List<TokenView> list(HttpRequest<?> request, Scope scope, String slug) {
        authenticator.admin(request);
        return issuer.list(scope, slug);
    }

    private HttpResponse<Void> revoke(HttpRequest<?> request, Scope scope, String slug, String id) {
        authenticator.admin(request);
        issuer.revoke(scope, slug, id);
        return HttpResponse.noContent();
    }

    private static String path(Scope scope, String slug) {
        return "/api/" + scope.name().toLowerCase(Locale.ROOT) + "s/" + slug + "/tokens";
    }
}
