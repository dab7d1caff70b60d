package org.learncal.event;

import jakarta.inject.Singleton;
import org.learncal.problem.Ids;
import org.learncal.problem.ProblemException;
import org.learncal.token.Caller;
import org.learncal.token.Permissions;

import java.util.function.Consumer;

/**
 * Events as their writers and reviewers reach them by the id in a path, whatever their review state: 404 when
 * there is no such event, 403 when the caller may not do this to it.
 */
@Singleton
class EventAccess {
    private final EventStore store;
    private final Permissions permissions;

    EventAccess(EventStore store, Permissions permissions) {
        this.store = store;
        this.permissions = permissions;
    }

    Event writable(Caller caller, String id) {
        return load(id, event -> permissions.requireWrite(caller, event.organizerSlugs()));
    }

    Event reviewable(Caller caller, String id) {
        return load(id, event -> permissions.requireReview(caller, event.organizerSlugs()));
    }

    /** The owner, its network and the admin read an event's history: those who may write it. */
    Event withHistory(Caller caller, String id) {
        return load(id, event -> {
            if (!permissions.mayWrite(caller, event.organizerSlugs())) {
                throw Permissions.forbidden(caller, "read the history of event " + id);
            }
        });
    }

    private Event load(String id, Consumer<Event> check) {
        Event event = store.findAny(Ids.parse(id, "event")).orElseThrow(() -> ProblemException.notFound("event", id));
        check.accept(event);
        return event;
    }
}
