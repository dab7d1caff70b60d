package org.learncal.event;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.learncal.event.Event;
import org.learncal.event.EventStore;
import org.learncal.history.HistoryEntry;
import org.learncal.history.HistoryStore;
import org.learncal.problem.ProblemException;
import org.learncal.token.Authenticator;
import org.learncal.token.Caller;
import org.learncal.token.Permissions;

import java.util.List;
import java.util.UUID;

/** The history of an event, for its owner, its network and the admin. */
@Controller("/api/events/{id}/history")
@ExecuteOn(TaskExecutors.BLOCKING)
public class HistoryController {
    private final Authenticator authenticator;
    private final Permissions permissions;
    private final EventStore events;
    private final HistoryStore history;

    HistoryController(Authenticator authenticator, Permissions permissions, EventStore events, HistoryStore history) {
        this.authenticator = authenticator;
        this.permissions = permissions;
        this.events = events;
        this.history = history;
    }

    @Get
    public List<HistoryEntry> show(HttpRequest<?> request, @PathVariable String id) {
        Caller caller = authenticator.caller(request);
        Event event = events.findAny(parse(id)).orElseThrow(() -> ProblemException.notFound("event", id));
        if (!permissions.mayWrite(caller, event.organizerSlugs())) {
            throw Permissions.forbidden(caller, "read the history of event " + id);
        }
        return history.of(event.id());
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("event", id);
        }
    }
}
