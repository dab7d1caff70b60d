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
import org.learncal.body.JsonBody;
import org.learncal.link.LinkFactory;
import org.learncal.review.Review;
import org.learncal.token.Authenticator;
import org.learncal.token.Caller;

import java.util.List;

/** The review queue of a network, and approving or rejecting pending events. */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
public class ReviewController {
    private final Authenticator authenticator;
    private final EventCommands commands;
    private final EventLedger ledger;
    private final JsonBody bodies;
    private final EventDetailsLoader details;
    private final LinkFactory links;

    ReviewController(Authenticator authenticator, EventCommands commands, EventLedger ledger, JsonBody bodies,
                     EventDetailsLoader details, LinkFactory links) {
        this.authenticator = authenticator;
        this.commands = commands;
        this.ledger = ledger;
        this.bodies = bodies;
        this.details = details;
        this.links = links;
    }

    /**
     * What awaits the caller: a network's pending events (the admin may name a network, or see all), or an
     * organizer's own events that are pending or rejected (with the reason).
     */
    @Get("/review")
    public List<ReviewItem> queue(HttpRequest<?> request, @Nullable @QueryValue String network) {
        Caller caller = authenticator.caller(request);
        return ledger.awaiting(caller, network).stream().map(entry -> item(entry.event(), entry.review())).toList();
    }

    @Post("/events/{id}/approve")
    public ReviewItem approve(HttpRequest<?> request, @PathVariable String id) {
        Caller caller = authenticator.writer(request);
        return item(commands.approve(caller, commands.reviewable(caller, id)));
    }

    @Post("/events/{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    public ReviewItem reject(HttpRequest<?> request, @PathVariable String id, @Nullable @Body byte[] body) {
        Caller caller = authenticator.writer(request);
        Event event = commands.reviewable(caller, id);
        return item(commands.reject(caller, event, bodies.read(body, ReasonRequest.class).checked(true)));
    }

    private ReviewItem item(EventWrites.Written written) {
        return item(written.event(), written.review());
    }

    private ReviewItem item(Event event, Review review) {
        return new ReviewItem(EventView.of(details.load(event), links), review.wire(), review.reason());
    }
}
