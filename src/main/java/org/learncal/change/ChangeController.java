package org.learncal.change;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.server.cors.CrossOrigin;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.learncal.event.EventDetailsLoader;
import org.learncal.event.EventStore;
import org.learncal.event.EventView;
import org.learncal.link.LinkFactory;
import org.learncal.problem.ProblemException;
import org.learncal.problem.ProblemType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The change feed, an OpenActive RPDE feed of events (see README "Change feed"). */
@Controller("/api/changes")
@ExecuteOn(TaskExecutors.BLOCKING)
@CrossOrigin(allowedOriginsRegex = ".*", allowedMethods = {HttpMethod.GET, HttpMethod.HEAD}, allowCredentials = false)
public class ChangeController {
    private final ChangeRequest requests;
    private final ChangeFeed feed;
    private final ChangeLog log;
    private final EventStore events;
    private final EventDetailsLoader details;
    private final LinkFactory links;
    private final ChangeConfiguration configuration;

    ChangeController(ChangeRequest requests, ChangeFeed feed, ChangeLog log, EventStore events,
                     EventDetailsLoader details, LinkFactory links, ChangeConfiguration configuration) {
        this.requests = requests;
        this.feed = feed;
        this.log = log;
        this.events = events;
        this.details = details;
        this.links = links;
        this.configuration = configuration;
    }

    @Get
    public HttpResponse<ChangePage> page(HttpRequest<?> request) {
        ChangeRequest.Parsed parsed = requests.parse(request.getParameters().asMap());
        long horizon = log.horizon();
        boolean fresh = parsed.after().equals(FeedPosition.START);
        // a walk that began after the last pruning missed nothing; one that began before and is still behind the
        // horizon may have had an event whose deletion or leaving was pruned meanwhile
        if (!fresh && parsed.after().number() < horizon && horizon > parsed.walkHorizon()) {
            throw new ProblemException(ProblemType.CURSOR_EXPIRED, "Changes up to " + horizon
                    + " were pruned since this walk began (history is kept " + configuration.retention().toDays()
                    + " days): start again from " + url(parsed, FeedPosition.START, 0));
        }
        long walkHorizon = fresh ? horizon : parsed.walkHorizon();
        ChangeFeed.Page page = feed.page(parsed.filters(), parsed.after(), parsed.limit());
        String next = url(parsed, page.next(), walkHorizon);
        // RPDE: pages before the end may be cached long; the last one (whose next is itself) only briefly
        boolean last = next.equals(url(parsed, parsed.after(), walkHorizon));
        return HttpResponse.ok(new ChangePage(next, items(page.entries()), configuration.license()))
                .header("Cache-Control", "public, max-age=" + (last ? 8 : 3600));
    }

    private List<ChangeItem> items(List<ChangeFeed.Entry> entries) {
        List<UUID> updated = entries.stream().filter(ChangeFeed.Entry::updated).map(e -> e.change().eventId())
                .toList();
        Map<UUID, EventView> views = details.load(events.load(updated)).stream()
                .map(detail -> EventView.of(detail, links))
                .collect(Collectors.toMap(EventView::id, Function.identity()));
        List<ChangeItem> items = new ArrayList<>(entries.size());
        for (ChangeFeed.Entry entry : entries) {
            EventView view = views.get(entry.change().eventId());
            // not published any more: a later change says so, and this one already does
            items.add(entry.updated() && view != null ? ChangeItem.updated(entry.change(), view)
                    : ChangeItem.deleted(entry.change()));
        }
        return items;
    }

    private String url(ChangeRequest.Parsed parsed, FeedPosition position, long walkHorizon) {
        List<String> parts = new ArrayList<>();
        if (!parsed.filters().filterString().isEmpty()) {
            parts.add(parsed.filters().filterString());
        }
        if (parsed.limit() != ChangeRequest.DEFAULT_LIMIT) {
            parts.add("limit=" + parsed.limit());
        }
        if (!position.equals(FeedPosition.START)) {
            parts.add("afterTimestamp=" + position.number() + "&afterId=" + position.eventId());
            if (walkHorizon > 0) {
                parts.add("horizon=" + walkHorizon);
            }
        }
        return links.absolute("/api/changes" + (parts.isEmpty() ? "" : "?" + String.join("&", parts)));
    }
}
