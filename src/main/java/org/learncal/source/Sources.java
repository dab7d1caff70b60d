package org.learncal.source;

import jakarta.inject.Singleton;
import org.learncal.problem.ProblemException;
import org.learncal.problem.ProblemType;
import org.learncal.token.Caller;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * What a caller may do with sources, for the API and the console alike: register, list, read, edit (pause,
 * resume), pull now, confirm a held run and stop pulling, each under {@link SourceAccess}'s rules.
 */
@Singleton
public class Sources {
    private final SourceStore store;
    private final SourceAccess access;
    private final SourcePoller poller;
    private final Clock clock;

    Sources(SourceStore store, SourceAccess access, SourcePoller poller, Clock clock) {
        this.store = store;
        this.access = access;
        this.poller = poller;
        this.clock = clock;
    }

    public SourceView create(Caller caller, SourceRequest request) {
        Source source = access.newSource(caller, request, clock.instant());
        store.insert(source, Health.first(source.createdAt()));
        return view(source.id());
    }

    /** The sources the caller manages: an organizer's own, a network's member organizers', the admin's all. */
    public List<SourceView> list(Caller caller) {
        return store.list().stream().filter(stored -> access.mayManage(caller, stored.source()))
                .map(access::view).toList();
    }

    public SourceView show(Caller caller, UUID id) {
        return access.view(access.managed(caller, id));
    }

    /** Edits, pauses or resumes; the request is read once the source is known to be the caller's (404, 403 first). */
    public SourceView edit(Caller caller, UUID id, Supplier<SourceRequest> request) {
        SourceStore.Stored stored = access.managed(caller, id);
        access.edit(caller, stored, request.get());
        return view(id);
    }

    /** Pulls an active source now (409 for a paused or held one, or one being pulled right now). */
    public SourceView refresh(Caller caller, UUID id) {
        SourceStore.Stored stored = access.managed(caller, id);
        if (stored.source().state() != Source.State.ACTIVE) {
            throw new ProblemException(ProblemType.CONFLICT, "Source " + id + " is "
                    + stored.source().state().name().toLowerCase(Locale.ROOT)
                    + (stored.source().state() == Source.State.HELD ? "; confirm it (POST .../confirm)"
                    : "; resume it first (PATCH with state active)"));
        }
        pull(id);
        return view(id);
    }

    /** A moderator lets a held run through, and it is pulled again at once. */
    public SourceView confirm(Caller caller, UUID id) {
        access.confirm(caller, access.managed(caller, id));
        pull(id);
        return view(id);
    }

    /** Stops pulling; the source's events stay as they are. */
    public void delete(Caller caller, UUID id) {
        SourceStore.Stored stored = access.managed(caller, id);
        store.update(stored.source().withState(Source.State.DELETED, "deleted"), clock.instant(), false);
    }

    private void pull(UUID id) {
        if (!poller.pullNow(id)) {
            throw new ProblemException(ProblemType.CONFLICT, "Source " + id + " is being pulled right now; "
                    + "read it again in a moment");
        }
    }

    private SourceView view(UUID id) {
        return access.view(store.find(id).orElseThrow());
    }
}
