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
import org.learncal.problem.Ids;
import org.learncal.problem.ProblemException;
import org.learncal.problem.ProblemType;
import org.learncal.source.SourceRequest;
import org.learncal.source.Sources;
import org.learncal.token.Caller;
import org.learncal.token.Scope;
import org.learncal.web.Language;
import org.learncal.web.SearchOptions;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The calendars LearnCal pulls (sources) that the reader manages, with how pulling each goes, and the form to
 * add one; pause, resume, pull now, confirm a held run and delete. Every change goes through {@link Sources},
 * under the rules of /api/sources.
 */
@Controller("/manage/sources")
@ExecuteOn(TaskExecutors.BLOCKING)
public class SourcesPageController {
    static final List<String> DONE = List.of("added", "pause", "resume", "refresh", "confirm", "delete");
    private static final FormData DEFAULTS = new FormData(Map.of("trust", List.of("review"),
            "updateAuthority", List.of("source"), "interval", List.of("PT1H")));

    private final ConsolePages pages;
    private final Sources sources;
    private final SearchOptions options;
    private final ActingFor actingFor;

    SourcesPageController(ConsolePages pages, Sources sources, SearchOptions options, ActingFor actingFor) {
        this.pages = pages;
        this.sources = sources;
        this.options = options;
        this.actingFor = actingFor;
    }

    @Get(produces = MediaType.TEXT_HTML)
    public HttpResponse<?> show(HttpRequest<?> request) {
        return page(request, HttpStatus.OK, DEFAULTS, FieldErrors.NONE);
    }

    @Post(produces = MediaType.TEXT_HTML)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> add(HttpRequest<?> request, @Nullable @Body byte[] body) {
        FormData form = FormData.parse(body);
        Caller caller = ConsolePages.checked(request, form.get(FormData.CSRF)).caller();
        String organizer = caller.scope() == Scope.ORGANIZER ? caller.slug() : form.get("organizer");
        try {
            sources.create(caller, new SourceRequest(form.get("url"), organizer, form.get("language"),
                    form.all("topics"), form.get("format"), form.get("trust"), form.get("updateAuthority"),
                    form.get("interval"), null));
            return HttpResponse.seeOther(URI.create("/manage/sources?done=added"));
        } catch (ProblemException refused) {
            return page(request, HttpStatus.BAD_REQUEST, form, FieldErrors.ofSourceWrite(refused));
        }
    }

    /** pause, resume, refresh (pull now), confirm (a held run) or delete one source. */
    @Post(uri = "/{id}/{action}", produces = MediaType.TEXT_HTML)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> act(HttpRequest<?> request, @PathVariable String id, @PathVariable String action,
                               @Nullable @Body byte[] body) {
        Caller caller = ConsolePages.checked(request, FormData.parse(body).get(FormData.CSRF)).caller();
        UUID source = Ids.parse(id, "source");
        try {
            apply(caller, source, action);
        } catch (ProblemException refused) {
            if (refused.type() != ProblemType.CONFLICT) {
                throw refused;
            }
            return page(request, HttpStatus.CONFLICT, DEFAULTS, FieldErrors.NONE, refused.problem().detail());
        }
        return HttpResponse.seeOther(URI.create("/manage/sources?done=" + action));
    }

    private void apply(Caller caller, UUID source, String action) {
        switch (action) {
            case "pause", "resume" -> sources.edit(caller, source, () -> new SourceRequest(null, null, null, null,
                    null, null, null, null, action.equals("pause") ? "paused" : "active"));
            case "refresh" -> sources.refresh(caller, source);
            case "confirm" -> sources.confirm(caller, source);
            case "delete" -> sources.delete(caller, source);
            default -> throw ProblemException.notFound("source action", action);
        }
    }

    private HttpResponse<?> page(HttpRequest<?> request, HttpStatus status, FormData form, FieldErrors errors) {
        return page(request, status, form, errors, null);
    }

    /** The page; {@code conflict} is why an action could not be done now (a paused or held source). */
    private HttpResponse<?> page(HttpRequest<?> request, HttpStatus status, FormData form, FieldErrors errors,
                                 @Nullable String conflict) {
        Caller caller = ConsolePages.session(request).caller();
        Map<String, Object> model = pages.model(request, "manage.sources.title");
        model.put("sources", sources.list(caller));
        model.put("moderator", caller.scope() != Scope.ORGANIZER);
        model.put("actFor", actingFor.choices(caller));
        model.put("lists", options.lists(Language.of(request)));
        model.put("form", form);
        model.put("errors", errors);
        model.put("labels", "manage.sources.field.");
        model.put("conflict", conflict);
        String done = request.getParameters().get("done");
        model.put("done", done != null && DONE.contains(done) && status == HttpStatus.OK ? done : null);
        return ConsolePages.page(status, "manage/sources", model);
    }
}
