package org.learncal.manage;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.learncal.importer.CalendarUpload;
import org.learncal.importer.ImportReport;
import org.learncal.limit.RateLimiter;
import org.learncal.problem.ProblemException;
import org.learncal.token.Caller;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/** Uploading an organizer's .ics export, and what the import did with each event, as a page. */
@Controller("/manage/import")
@ExecuteOn(TaskExecutors.BLOCKING)
public class ImportPageController {
    private final ConsolePages pages;
    private final CalendarUpload upload;
    private final RateLimiter rateLimiter;

    ImportPageController(ConsolePages pages, CalendarUpload upload, RateLimiter rateLimiter) {
        this.pages = pages;
        this.upload = upload;
        this.rateLimiter = rateLimiter;
    }

    @Get(produces = MediaType.TEXT_HTML)
    public HttpResponse<?> form(HttpRequest<?> request) {
        return ConsolePages.page("manage/import", pages.model(request, "manage.import.title"));
    }

    @Post(consumes = MediaType.MULTIPART_FORM_DATA, produces = MediaType.TEXT_HTML)
    public HttpResponse<?> run(HttpRequest<?> request, @Nullable @Part("_csrf") String csrf,
                               @Nullable @Part("language") String language,
                               @Nullable @Part("file") CompletedFileUpload file) {
        Caller caller = ConsolePages.checked(request, csrf).caller();
        Map<String, Object> model = pages.model(request, "manage.import.title");
        model.put("language", language == null ? "" : language);
        try {
            rateLimiter.spend(caller.rateKey(), caller.isAdmin());
            ImportReport report = upload.run(caller, null, language == null || language.isBlank() ? null
                    : language.strip(), file == null ? null : file.getBytes());
            model.put("report", report);
            Map<String, Object> parts = new java.util.LinkedHashMap<>();
            parts.put("created", report.created());
            parts.put("updated", report.updated());
            parts.put("unchanged", report.unchanged());
            parts.put("cancelled", report.cancelled());
            model.put("parts", parts);
            return ConsolePages.page("manage/import", model);
        } catch (ProblemException refused) {
            model.put("errors", FieldErrors.of(refused));
            model.put("detail", refused.getMessage());
            return ConsolePages.page(HttpStatus.BAD_REQUEST, "manage/import", model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
