package org.learncal.importer;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.learncal.token.Authenticator;

/**
 * Imports an organizer's own iCalendar export. An organizer token imports for its organizer; a network
 * token (or the admin) names the organizer with {@code ?organizer=}. {@code ?language=} is the language of
 * events whose SUMMARY does not say (default {@code und}, undetermined).
 */
@Controller("/api/imports")
@ExecuteOn(TaskExecutors.BLOCKING)
public class ImportController {
    private final Authenticator authenticator;
    private final CalendarUpload upload;

    ImportController(Authenticator authenticator, CalendarUpload upload) {
        this.authenticator = authenticator;
        this.upload = upload;
    }

    @Post
    @Consumes("text/calendar")
    public ImportReport create(HttpRequest<?> request, @Nullable @QueryValue String organizer,
                               @Nullable @QueryValue String language, @Nullable @Body byte[] body) {
        return upload.run(authenticator.writer(request), organizer, language, body);
    }
}
