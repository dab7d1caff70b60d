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
import org.learncal.body.BodyLimits;
import org.learncal.problem.ProblemException;
import org.learncal.reference.City;
import org.learncal.reference.CityStore;
import org.learncal.reference.Organizer;
import org.learncal.reference.OrganizerStore;
import org.learncal.text.Languages;
import org.learncal.token.Authenticator;
import org.learncal.token.Caller;
import org.learncal.token.Permissions;
import org.learncal.token.Scope;

import java.util.List;

/**
 * Imports an organizer's own iCalendar export. An organizer token imports for its organizer; a network
 * token (or the admin) names the organizer with {@code ?organizer=}. {@code ?language=} is the language of
 * events whose SUMMARY does not say (default {@code und}, undetermined).
 */
@Controller("/api/imports")
@ExecuteOn(TaskExecutors.BLOCKING)
public class ImportController {
    private final Authenticator authenticator;
    private final Permissions permissions;
    private final OrganizerStore organizers;
    private final CityStore cities;
    private final Importer importer;

    ImportController(Authenticator authenticator, Permissions permissions, OrganizerStore organizers,
                     CityStore cities, Importer importer) {
        this.authenticator = authenticator;
        this.permissions = permissions;
        this.organizers = organizers;
        this.cities = cities;
        this.importer = importer;
    }

    @Post
    @Consumes("text/calendar")
    public ImportReport create(HttpRequest<?> request, @Nullable @QueryValue String organizer,
                               @Nullable @QueryValue String language, @Nullable @Body byte[] body) {
        Caller caller = authenticator.writer(request);
        Organizer target = target(caller, organizer);
        BodyLimits.check(body, BodyLimits.ICALENDAR_BYTES, "iCalendar");
        if (language != null && !Languages.isWellFormed(language)) {
            throw ProblemException.invalid("language", "'" + language + "' is not a BCP 47 language tag");
        }
        City city = target.citySlug() == null ? null : cities.findById(target.citySlug()).orElse(null);
        return importer.run(ImportJob.upload(caller, target, city, language == null ? "und"
                : Languages.canonical(language)), body == null ? new byte[0] : body);
    }

    private Organizer target(Caller caller, @Nullable String organizer) {
        if (caller.scope() == Scope.ORGANIZER && (organizer == null || organizer.equals(caller.slug()))) {
            return organizers.findById(caller.slug()).orElseThrow();
        }
        if (organizer == null) {
            throw ProblemException.invalid("organizer", "is required: name the organizer whose calendar this is");
        }
        Organizer target = organizers.findById(organizer).orElseThrow(() -> ProblemException.invalid("organizer",
                "'" + organizer + "' is not a known organizer (see /api/organizers)"));
        permissions.requireWrite(caller, List.of(target.slug()));
        return target;
    }
}
