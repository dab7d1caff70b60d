package org.learncal.event;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.transaction.annotation.Transactional;
import org.learncal.body.JsonBody;
import org.learncal.event.Event;
import org.learncal.event.EventDetailsLoader;
import org.learncal.event.EventStore;
import org.learncal.event.EventView;
import org.learncal.event.ReasonRequest;
import org.learncal.history.FieldChange;
import org.learncal.history.HistoryStore;
import org.learncal.link.LinkFactory;
import org.learncal.problem.ProblemException;
import org.learncal.review.Review;
import org.learncal.review.TrustStore;
import org.learncal.token.Authenticator;
import org.learncal.token.Caller;
import org.learncal.token.Permissions;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** The review queue of a network, and approving or rejecting pending events. */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
public class ReviewController {
    private final Authenticator authenticator;
    private final Permissions permissions;
    private final TrustStore reviews;
    private final EventStore events;
    private final HistoryStore history;
    private final JsonBody bodies;
    private final EventDetailsLoader details;
    private final LinkFactory links;
    private final Clock clock;

    ReviewController(Authenticator authenticator, Permissions permissions, TrustStore reviews, EventStore events,
                     HistoryStore history, JsonBody bodies, EventDetailsLoader details, LinkFactory links,
                     Clock clock) {
        this.authenticator = authenticator;
        this.permissions = permissions;
        this.reviews = reviews;
        this.events = events;
        this.history = history;
        this.bodies = bodies;
        this.details = details;
        this.links = links;
        this.clock = clock;
    }

    /**
     * What awaits the caller: a network's pending events (the admin may name a network, or see all), or an
     * organizer's own events that are pending or rejected (with the reason).
     */
    @Get("/review")
    public List<ReviewItem> queue(HttpRequest<?> request, @Nullable @QueryValue String network) {
        Caller caller = authenticator.caller(request);
        return events.loadAny(reviews.awaiting(caller, network)).stream()
                .map(event -> item(event, reviews.of(event.id()))).toList();
    }

    @Post("/events/{id}/approve")
    @Transactional
    public ReviewItem approve(HttpRequest<?> request, @PathVariable String id) {
        Caller caller = authenticator.writer(request);
        Event event = reviewable(caller, id);
        Review before = reviews.of(event.id());
        return decide(caller, event, before, before.approve(), "approved");
    }

    @Post("/events/{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    public ReviewItem reject(HttpRequest<?> request, @PathVariable String id, @Nullable @Body byte[] body) {
        Caller caller = authenticator.writer(request);
        Event event = reviewable(caller, id);
        String reason = bodies.read(body, ReasonRequest.class).checked(true);
        Review before = reviews.of(event.id());
        return decide(caller, event, before, before.reject(reason), "rejected");
    }

    /** Records a decision and its history in one transaction (the caller's). */
    private ReviewItem decide(Caller caller, Event event, Review before, Review next, String action) {
        reviews.set(event.id(), next);
        history.record(event.id(), caller.name(), clock.instant(), action, next.reason() == null
                ? List.of(new FieldChange("review", before.wire(), next.wire()))
                : List.of(new FieldChange("review", before.wire(), next.wire()),
                new FieldChange("reviewReason", null, next.reason())));
        return item(event, next);
    }

    private Event reviewable(Caller caller, String id) {
        Event event = events.findAny(parse(id)).orElseThrow(() -> ProblemException.notFound("event", id));
        permissions.requireReview(caller, event.organizerSlugs());
        return event;
    }

    private ReviewItem item(Event event, Review review) {
        return new ReviewItem(EventView.of(details.load(event), links), review.wire(), review.reason());
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("event", id);
        }
    }
}
