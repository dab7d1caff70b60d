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
import org.learncal.event.EventRequest;
import org.learncal.event.EventWrites;
import org.learncal.limit.RateLimiter;
import org.learncal.problem.InputErrors;
import org.learncal.problem.ProblemException;
import org.learncal.reference.City;
import org.learncal.reference.CityStore;
import org.learncal.reference.OrganizerStore;
import org.learncal.token.Caller;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An organizer's events: listed by where they stand, and created through the one event form. */
@Controller("/manage/events")
@ExecuteOn(TaskExecutors.BLOCKING)
public class EventsController {
    static final List<String> STATES = List.of("pending", "approved", "rejected", "cancelled", "past");

    private final ConsolePages pages;
    private final EventPages eventPages;
    private final EventLedger ledger;
    private final EventCommands commands;
    private final OrganizerStore organizers;
    private final CityStore cities;
    private final RateLimiter rateLimiter;
    private final ActingFor actingFor;
    private final Clock clock;

    EventsController(ConsolePages pages, EventPages eventPages, EventLedger ledger, EventCommands commands,
                     OrganizerStore organizers, CityStore cities, RateLimiter rateLimiter, ActingFor actingFor,
                     Clock clock) {
        this.actingFor = actingFor;
        this.pages = pages;
        this.eventPages = eventPages;
        this.ledger = ledger;
        this.commands = commands;
        this.organizers = organizers;
        this.cities = cities;
        this.rateLimiter = rateLimiter;
        this.clock = clock;
    }

    @Get(produces = MediaType.TEXT_HTML)
    public HttpResponse<?> list(HttpRequest<?> request) {
        Caller caller = ConsolePages.session(request).caller();
        String organizer = actingFor.chosen(caller, request.getParameters().get("organizer"));
        Instant now = clock.instant();
        Map<String, List<EventRow>> byState = new LinkedHashMap<>();
        STATES.forEach(state -> byState.put(state, new java.util.ArrayList<>()));
        if (organizer != null) {
            ledger.ofOrganizers(List.of(organizer)).forEach(entry -> byState.get(EventRow.state(entry, now))
                    .add(EventRow.of(entry, now, pages, request)));
        }
        List<org.learncal.web.SearchOptions.Option> choices = actingFor.choices(caller);
        Map<String, Object> model = pages.model(request, choices == null ? "manage.events.title"
                : "manage.events.titleOf");
        model.put("states", organizer == null ? Map.of() : byState);
        model.put("choices", choices);
        model.put("organizer", organizer);
        return ConsolePages.page("manage/events", model);
    }

    @Get(uri = "/new", produces = MediaType.TEXT_HTML)
    public HttpResponse<?> blank(HttpRequest<?> request) {
        String organizer = actingFor.chosen(ConsolePages.session(request).caller(),
                request.getParameters().get("organizer"));
        String city = organizer == null ? null : organizers.findById(organizer).map(o -> o.citySlug()).orElse(null);
        String zone = city == null ? null : cities.findById(city).map(City::timeZone).orElse(null);
        return eventPages.create(request, HttpStatus.OK, EventForm.blank(organizer, city, zone), FieldErrors.NONE);
    }

    @Post(produces = MediaType.TEXT_HTML)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> create(HttpRequest<?> request, @Nullable @Body byte[] body) {
        FormData data = FormData.parse(body);
        Caller caller = ConsolePages.checked(request, data.get(FormData.CSRF)).caller();
        EventForm form = EventForm.of(data);
        try {
            EventRequest input = request(form);
            rateLimiter.spend(caller.rateKey(), caller.isAdmin());
            EventWrites.Written written = commands.create(caller, input);
            return HttpResponse.seeOther(URI.create("/manage/events/" + written.event().id() + "?saved=created"));
        } catch (ProblemException invalid) {
            return eventPages.create(request, HttpStatus.BAD_REQUEST, form, FieldErrors.ofEventWrite(invalid));
        }
    }

    /**
     * The request the form makes; when some field cannot even be read, a 400 naming it and every problem the
     * API finds in the rest, so that one round shows them all.
     */
    EventRequest request(EventForm form) {
        InputErrors unreadable = new InputErrors();
        EventRequest input = form.toRequest(unreadable, city -> cities.findById(city).map(City::timeZone).orElse(null));
        if (unreadable.isEmpty()) {
            return input;
        }
        try {
            commands.validate(input);
        } catch (ProblemException invalid) {
            throw ProblemException.invalid(FieldErrors.of(invalid).and(unreadable.list()).all());
        }
        throw ProblemException.invalid(unreadable.list());
    }
}
