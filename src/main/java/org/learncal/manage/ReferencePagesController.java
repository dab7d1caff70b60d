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
import org.learncal.problem.Problem;
import org.learncal.problem.ProblemException;
import org.learncal.problem.ProblemType;
import org.learncal.web.Language;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * The admin's forms to create and change networks, cities and organizers. Each saves through the API's own
 * write path; on a refusal the page comes back with what was typed and each reason beside its field.
 */
@Controller("/manage/admin/{kind}")
@ExecuteOn(TaskExecutors.BLOCKING)
public class ReferencePagesController {
    private static final List<String> SAVED = List.of("created", "updated");

    private final ConsolePages pages;
    private final List<ReferenceForm> forms;

    ReferencePagesController(ConsolePages pages, List<ReferenceForm> forms) {
        this.pages = pages;
        this.forms = forms;
    }

    @Get(uri = "/new", produces = MediaType.TEXT_HTML)
    public HttpResponse<?> blank(HttpRequest<?> request, @PathVariable String kind) {
        return page(request, HttpStatus.OK, form(kind), null, FormData.parse(null), FieldErrors.NONE);
    }

    @Post(produces = MediaType.TEXT_HTML)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> create(HttpRequest<?> request, @PathVariable String kind, @Nullable @Body byte[] body) {
        FormData data = FormData.parse(body);
        ConsolePages.checked(request, data.get(FormData.CSRF));
        ReferenceForm form = form(kind);
        try {
            return saved(kind, form.create(data), "created");
        } catch (ProblemException refused) {
            return page(request, HttpStatus.BAD_REQUEST, form, null, data, errors(refused));
        }
    }

    @Get(uri = "/{slug}", produces = MediaType.TEXT_HTML)
    public HttpResponse<?> show(HttpRequest<?> request, @PathVariable String kind, @PathVariable String slug) {
        ReferenceForm form = form(kind);
        FormData stored = form.stored(slug).orElseThrow(() -> ProblemException.notFound(kind, slug));
        return page(request, HttpStatus.OK, form, slug, stored, FieldErrors.NONE);
    }

    @Post(uri = "/{slug}", produces = MediaType.TEXT_HTML)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> replace(HttpRequest<?> request, @PathVariable String kind, @PathVariable String slug,
                                   @Nullable @Body byte[] body) {
        FormData data = FormData.parse(body);
        ConsolePages.checked(request, data.get(FormData.CSRF));
        ReferenceForm form = form(kind);
        try {
            form.replace(slug, data);
            return saved(kind, slug, "updated");
        } catch (ProblemException refused) {
            return page(request, HttpStatus.BAD_REQUEST, form, slug, data, errors(refused));
        }
    }

    /** A taken slug is the slug field's problem on this form; other refusals than bad input go on. */
    private static FieldErrors errors(ProblemException refused) {
        if (refused.type() == ProblemType.CONFLICT) {
            return new FieldErrors(List.of(new Problem.InputError("slug", refused.problem().detail())));
        }
        return FieldErrors.of(refused);
    }

    private static HttpResponse<?> saved(String kind, String slug, String how) {
        return HttpResponse.seeOther(URI.create("/manage/admin/" + kind + "/" + slug + "?saved=" + how));
    }

    private HttpResponse<?> page(HttpRequest<?> request, HttpStatus status, ReferenceForm form,
                                 @Nullable String slug, FormData values, FieldErrors errors) {
        String kind = form.kind();
        Map<String, Object> model = slug == null ? pages.model(request, "manage.ref." + kind + ".new")
                : pages.model(request, "manage.ref." + kind + ".edit", slug);
        model.put("kind", kind);
        model.put("slug", slug);
        model.put("fields", form.fields(Language.of(request)));
        model.put("form", values);
        model.put("errors", errors);
        model.put("labels", "manage.ref.");
        model.put("action", "/manage/admin/" + kind + (slug == null ? "" : "/" + slug));
        String saved = request.getParameters().get("saved");
        model.put("saved", saved != null && SAVED.contains(saved) ? saved : null);
        return ConsolePages.page(status, "manage/reference-form", model);
    }

    private ReferenceForm form(String kind) {
        return forms.stream().filter(form -> form.kind().equals(kind)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("kind of catalogue entry", kind));
    }
}
