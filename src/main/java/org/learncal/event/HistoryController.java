package org.learncal.event;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.learncal.history.HistoryEntry;
import org.learncal.history.HistoryStore;
import org.learncal.token.Authenticator;

import java.util.List;

/** The history of an event, for its owner, its network and the admin. */
@Controller("/api/events/{id}/history")
@ExecuteOn(TaskExecutors.BLOCKING)
public class HistoryController {
    private final Authenticator authenticator;
    private final EventAccess access;
    private final HistoryStore history;

    HistoryController(Authenticator authenticator, EventAccess access, HistoryStore history) {
        this.authenticator = authenticator;
        this.access = access;
        this.history = history;
    }

    @Get
    public List<HistoryEntry> show(HttpRequest<?> request, @PathVariable String id) {
        return history.of(access.withHistory(authenticator.caller(request), id).id());
    }
}
