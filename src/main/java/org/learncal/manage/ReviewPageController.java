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
import org.learncal.event.Event;
import org.learncal.event.EventCommands;
import org.learncal.event.EventLedger;
import org.learncal.event.ReasonRequest;
import org.learncal.limit.RateLimiter;
import org.learncal.problem.ProblemException;
import org.learncal.token.Caller;

import java.net.URI;
import java.time.Clock;
import java.util.Map;

/** A network's review queue: each pending event of its member cities' organizers, approved or rejected with a reason. */
@Controller("/manage/review")
@ExecuteOn(TaskExecutors.BLOCKING)
public class ReviewPageController {
    private final ConsolePages pages;
    private final EventLedger ledger;
    private final EventCommands commands;
    private final RateLimiter rateLimiter;
    private final Clock clock;

    ReviewPageController(ConsolePages pages, EventLedger ledger, EventCommands commands, RateLimiter rateLimiter,
                         Clock clock) {
        this.pages = pages;
        this.ledger = ledger;
        this.commands = commands;
        this.rateLimiter = rateLimiter;
        this.clock = clock;
    }

    @Get(produces = MediaType.TEXT_HTML)
    public HttpResponse<?> queue(HttpRequest<?> request) {
        return page(request, HttpStatus.OK, null, null);
    }

    @Post(uri = "/{id}/approve", produces = MediaType.TEXT_HTML)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> approve(HttpRequest<?> request, @PathVariable String id, @Nullable @Body byte[] body) {
        Caller caller = ConsolePages.checked(request, FormData.parse(body).get(FormData.CSRF)).caller();
        Event event = commands.reviewable(caller, id);
        rateLimiter.spend(caller.rateKey(), caller.isAdmin());
        commands.approve(caller, event);
        return HttpResponse.seeOther(URI.create("/manage/review?done=approved"));
    }

    @Post(uri = "/{id}/reject", produces = MediaType.TEXT_HTML)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> reject(HttpRequest<?> request, @PathVariable String id, @Nullable @Body byte[] body) {
        FormData data = FormData.parse(body);
        Caller caller = ConsolePages.checked(request, data.get(FormData.CSRF)).caller();
        Event event = commands.reviewable(caller, id);
        try {
            String reason = new ReasonRequest(data.get("reason")).checked(true);
            rateLimiter.spend(caller.rateKey(), caller.isAdmin());
            commands.reject(caller, event, reason);
        } catch (ProblemException invalid) {
            return page(request, HttpStatus.BAD_REQUEST, id, FieldErrors.of(invalid));
        }
        return HttpResponse.seeOther(URI.create("/manage/review?done=rejected"));
    }

    private HttpResponse<?> page(HttpRequest<?> request, HttpStatus status, @Nullable String failedId,
                                 @Nullable FieldErrors errors) {
        Caller caller = ConsolePages.session(request).caller();
        Map<String, Object> model = pages.model(request, "manage.review.title");
        model.put("rows", ledger.awaiting(caller, null).stream()
                .map(entry -> EventRow.of(entry, clock.instant(), pages, request)).toList());
        model.put("failedId", failedId);
        model.put("errors", errors == null ? FieldErrors.NONE : errors);
        model.put("done", request.getParameters().get("done"));
        return ConsolePages.page(status, "manage/review", model);
    }
}
