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
import org.learncal.event.EventCommands;
import org.learncal.event.EventLedger;
import org.learncal.event.ReasonRequest;
import org.learncal.limit.RateLimiter;
import org.learncal.problem.ProblemException;
import org.learncal.problem.ProblemType;
import org.learncal.token.Caller;

import java.net.URI;

/**
 * One event of the organizer: edited through the event form, postponed or cancelled with a reason. Every write
 * names the version the page was loaded with; when someone else changed the event meanwhile, the page says so
 * and keeps what the person typed, with the current values beside it, so nothing is silently overwritten.
 */
@Controller("/manage/events/{id}")
@ExecuteOn(TaskExecutors.BLOCKING)
public class EventController {
    private final EventPages eventPages;
    private final EventsController events;
    private final EventLedger ledger;
    private final EventCommands commands;
    private final RateLimiter rateLimiter;

    EventController(EventPages eventPages, EventsController events, EventLedger ledger, EventCommands commands,
                    RateLimiter rateLimiter) {
        this.eventPages = eventPages;
        this.events = events;
        this.ledger = ledger;
        this.commands = commands;
        this.rateLimiter = rateLimiter;
    }

    @Get(produces = MediaType.TEXT_HTML)
    public HttpResponse<?> show(HttpRequest<?> request, @PathVariable String id) {
        EventLedger.Entry entry = ledger.writable(ConsolePages.session(request).caller(), id);
        return eventPages.edit(request, HttpStatus.OK, entry, EventForm.of(entry.event()), FieldErrors.NONE, null,
                entry.etag());
    }

    @Post(produces = MediaType.TEXT_HTML)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> update(HttpRequest<?> request, @PathVariable String id, @Nullable @Body byte[] body) {
        FormData data = FormData.parse(body);
        Caller caller = ConsolePages.checked(request, data.get(FormData.CSRF)).caller();
        EventForm form = EventForm.of(data);
        try {
            commands.check(caller, id, data.get("etag"));
            spend(caller);
            commands.replace(caller, id, data.get("etag"), events.request(form));
            return HttpResponse.seeOther(URI.create("/manage/events/" + id + "?saved=updated"));
        } catch (ProblemException problem) {
            return again(request, caller, id, form, problem, data.get("etag"));
        }
    }

    @Post(uri = "/cancel", produces = MediaType.TEXT_HTML)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> cancel(HttpRequest<?> request, @PathVariable String id, @Nullable @Body byte[] body) {
        return status(request, id, body, "cancelled");
    }

    @Post(uri = "/postpone", produces = MediaType.TEXT_HTML)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> postpone(HttpRequest<?> request, @PathVariable String id, @Nullable @Body byte[] body) {
        return status(request, id, body, "postponed");
    }

    private HttpResponse<?> status(HttpRequest<?> request, String id, @Nullable byte[] body, String action) {
        FormData data = FormData.parse(body);
        Caller caller = ConsolePages.checked(request, data.get(FormData.CSRF)).caller();
        try {
            commands.check(caller, id, data.get("etag"));
            String reason = new ReasonRequest(data.get("reason")).checked(false);
            spend(caller);
            if (action.equals("cancelled")) {
                commands.cancel(caller, id, data.get("etag"), reason);
            } else {
                commands.postpone(caller, id, data.get("etag"), reason);
            }
            return HttpResponse.seeOther(URI.create("/manage/events/" + id + "?saved=" + action));
        } catch (ProblemException problem) {
            EventLedger.Entry entry = ledger.writable(caller, id);
            return again(request, caller, id, EventForm.of(entry.event()), problem, entry.etag());
        }
    }

    /** The page again after a refused write: the person's values, and why (the fields, or someone else's edit). */
    private HttpResponse<?> again(HttpRequest<?> request, Caller caller, String id, EventForm form,
                                  ProblemException problem, @Nullable String loaded) {
        EventLedger.Entry current = ledger.writable(caller, id);
        if (problem.type() == ProblemType.PRECONDITION_FAILED) {
            return eventPages.edit(request, HttpStatus.CONFLICT, current, form, FieldErrors.NONE,
                    EventPages.differences(form, EventForm.of(current.event())), current.etag());
        }
        return eventPages.edit(request, HttpStatus.BAD_REQUEST, current, form, FieldErrors.ofEventWrite(problem), null,
                loaded == null ? current.etag() : loaded);
    }

    private void spend(Caller caller) {
        rateLimiter.spend(caller.rateKey(), caller.isAdmin());
    }
}
