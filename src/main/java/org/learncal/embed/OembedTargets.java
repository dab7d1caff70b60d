package org.learncal.embed;

import io.micronaut.http.uri.QueryStringDecoder;
import jakarta.inject.Singleton;
import org.learncal.event.Event;
import org.learncal.event.EventStore;
import org.learncal.link.LinkFactory;
import org.learncal.problem.ProblemException;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Which search a LearnCal page URL shows, for oEmbed: anything else is 404. */
@Singleton
public class OembedTargets {
    private static final Pattern LISTING = Pattern.compile("/(network|organizer|citie)s/([a-z0-9-]+)");
    private static final Pattern EVENT = Pattern.compile("/events/([0-9a-fA-F-]{36})");

    private final EmbedFilters filters;
    private final EventStore events;
    private final LinkFactory links;

    public OembedTargets(EmbedFilters filters, EventStore events, LinkFactory links) {
        this.filters = filters;
        this.events = events;
        this.links = links;
    }

    /** What to embed for one page: its search, the widget's language and a title. */
    public record Target(org.learncal.event.EventQuery search, String lang, String title) {
    }

    public Target of(String url) {
        if (!url.startsWith(links.base() + "/")) {
            throw ProblemException.notFound("LearnCal page", url);
        }
        URI uri = URI.create(url.replace(" ", "%20"));
        Map<String, List<String>> parameters = new HashMap<>(new QueryStringDecoder(url).parameters());
        String lang = parameters.containsKey("lang") && EmbedFilters.LANGUAGES.contains(parameters.get("lang").get(0))
                ? parameters.get("lang").get(0) : "en";
        Map<String, List<String>> search = new HashMap<>(Map.of("lang", List.of(lang)));
        String title;
        Matcher listing = LISTING.matcher(uri.getPath());
        Matcher event = EVENT.matcher(uri.getPath());
        if (listing.matches()) {
            String filter = listing.group(1).equals("citie") ? "city" : listing.group(1);
            search.put(filter, List.of(listing.group(2)));
            title = "LearnCal: " + filter + " " + listing.group(2);
        } else if (event.matches()) {
            Event found = events.find(UUID.fromString(event.group(1)))
                    .orElseThrow(() -> ProblemException.notFound("event", event.group(1)));
            search.put("organizer", found.organizerSlugs());
            title = found.title();
        } else if (uri.getPath().equals("/")) {
            parameters.keySet().retainAll(List.of("network", "city", "organizer", "topic", "language", "format", "q"));
            search.putAll(parameters);
            title = "LearnCal";
        } else {
            throw ProblemException.notFound("LearnCal page", url);
        }
        try {
            return new Target(filters.parse(search).search(), lang, title);
        } catch (ProblemException unknown) {
            throw ProblemException.notFound("LearnCal page", url);
        }
    }
}
