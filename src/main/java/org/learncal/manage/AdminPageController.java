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
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.learncal.problem.ProblemException;
import org.learncal.reference.CityStore;
import org.learncal.reference.NetworkStore;
import org.learncal.reference.OrganizerStore;
import org.learncal.token.Scope;
import org.learncal.token.TokenIssuer;
import org.learncal.token.TokenRequest;
import org.learncal.token.TokenView;

import java.net.URI;
import java.util.Locale;
import java.util.Map;

/**
 * The operator's pages: networks, cities and organizers, and the tokens of each organizer and network, issued
 * (the secret shown this once, with a copy button) and revoked.
 */
@Controller("/manage/admin")
@ExecuteOn(TaskExecutors.BLOCKING)
public class AdminPageController {
    private final ConsolePages pages;
    private final NetworkStore networks;
    private final CityStore cities;
    private final OrganizerStore organizers;
    private final TokenIssuer tokens;

    AdminPageController(ConsolePages pages, NetworkStore networks, CityStore cities, OrganizerStore organizers,
                        TokenIssuer tokens) {
        this.pages = pages;
        this.networks = networks;
        this.cities = cities;
        this.organizers = organizers;
        this.tokens = tokens;
    }

    @Get(produces = MediaType.TEXT_HTML)
    public HttpResponse<?> overview(HttpRequest<?> request) {
        Map<String, Object> model = pages.model(request, "manage.admin.title");
        model.put("networks", networks.findAllOrderByName());
        model.put("cities", cities.findAllOrderByName());
        model.put("organizers", organizers.findAllOrderByName());
        return ConsolePages.page("manage/admin", model);
    }

    @Get(uri = "/{kind}/{slug}/tokens", produces = MediaType.TEXT_HTML)
    public HttpResponse<?> tokens(HttpRequest<?> request, @PathVariable String kind, @PathVariable String slug) {
        return page(request, HttpStatus.OK, scope(kind), slug, null, FieldErrors.NONE, "");
    }

    @Post(uri = "/{kind}/{slug}/tokens", produces = MediaType.TEXT_HTML)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> issue(HttpRequest<?> request, @PathVariable String kind, @PathVariable String slug,
                                 @Nullable @Body byte[] body) {
        FormData data = FormData.parse(body);
        ConsolePages.checked(request, data.get(FormData.CSRF));
        Scope scope = scope(kind);
        try {
            TokenView issued = tokens.issue(scope, slug, new TokenRequest(data.get("name")));
            return page(request, HttpStatus.CREATED, scope, slug, issued, FieldErrors.NONE, "");
        } catch (ProblemException invalid) {
            String typed = data.get("name") == null ? "" : data.get("name");
            return page(request, HttpStatus.BAD_REQUEST, scope, slug, null, FieldErrors.of(invalid), typed);
        }
    }

    @Post(uri = "/{kind}/{slug}/tokens/{id}/revoke", produces = MediaType.TEXT_HTML)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> revoke(HttpRequest<?> request, @PathVariable String kind, @PathVariable String slug,
                                  @PathVariable String id, @Nullable @Body byte[] body) {
        ConsolePages.checked(request, FormData.parse(body).get(FormData.CSRF));
        tokens.revoke(scope(kind), slug, id);
        return HttpResponse.seeOther(URI.create("/manage/admin/" + kind + "/" + slug + "/tokens"));
    }

    private HttpResponse<?> page(HttpRequest<?> request, HttpStatus status, Scope scope, String slug,
                                 @Nullable TokenView issued, FieldErrors errors, String typed) {
        Map<String, Object> model = pages.model(request, "manage.tokens.title", slug);
        model.put("kind", scope.name().toLowerCase(Locale.ROOT) + "s");
        model.put("slug", slug);
        model.put("tokens", tokens.list(scope, slug));
        model.put("issued", issued);
        model.put("errors", errors);
        model.put("typed", typed);
        return ConsolePages.page(status, "manage/tokens", model);
    }

    private static Scope scope(String kind) {
        return switch (kind) {
            case "organizers" -> Scope.ORGANIZER;
            case "networks" -> Scope.NETWORK;
            default -> throw ProblemException.notFound("kind of token holder", kind);
        };
    }
}
