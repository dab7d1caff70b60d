package org.learncal.feed;

import io.micronaut.core.annotation.Nullable;
import org.learncal.text.Languages;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.server.cors.CrossOrigin;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.learncal.event.EventQueryParser;
import org.learncal.problem.Ids;
import org.learncal.problem.ProblemException;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * iCalendar feeds: {@code /calendar.ics} takes the filters of {@code /api/events}; networks, organizers,
 * cities and single events have their own. GET answers HEAD too; any web page may read feeds (CORS).
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@CrossOrigin(allowedOriginsRegex = ".*", allowedMethods = {HttpMethod.GET, HttpMethod.HEAD}, allowCredentials = false)
public class FeedController {
    private static final String SUFFIX = ".ics";
    private static final String LANG = "lang";
    private static final String SEARCH = "/calendar.ics";
    private static final String NETWORK = "/calendar/networks/{file}";
    private static final String ORGANIZER = "/calendar/organizers/{file}";
    private static final String CITY = "/calendar/cities/{file}";
    private static final String EVENT = "/calendar/events/{file}";

    private final EventQueryParser parser;
    private final FeedDefinitions definitions;
    private final FeedCache cache;
    private final FeedResponses responses;
    private final FeedShortcut shortcut;

    FeedController(EventQueryParser parser, FeedDefinitions definitions, FeedCache cache, FeedResponses responses,
                   FeedShortcut shortcut) {
        this.parser = parser;
        this.definitions = definitions;
        this.cache = cache;
        this.responses = responses;
        this.shortcut = shortcut;
    }

    @Get(SEARCH)
    public HttpResponse<?> search(HttpRequest<?> request) {
        String language = language(request);
        Map<String, List<String>> parameters = new TreeMap<>(request.getParameters().asMap());
        parameters.remove(LANG);
        return respond(request, SEARCH, searchKey(parameters), language,
                () -> definitions.search(parser.parseFeedFilters(parameters), language));
    }

    @Get(NETWORK)
    public HttpResponse<?> network(HttpRequest<?> request, @PathVariable String file) {
        return serve(request, NETWORK, "network", file, definitions::network);
    }

    @Get(ORGANIZER)
    public HttpResponse<?> organizer(HttpRequest<?> request, @PathVariable String file) {
        return serve(request, ORGANIZER, "organizer", file, definitions::organizer);
    }

    @Get(CITY)
    public HttpResponse<?> city(HttpRequest<?> request, @PathVariable String file) {
        return serve(request, CITY, "city", file, definitions::city);
    }

    @Get(EVENT)
    public HttpResponse<?> event(HttpRequest<?> request, @PathVariable String file) {
        return serve(request, EVENT, "event", file,
                (id, language) -> definitions.event(Ids.parse(id, "event feed", file), language));
    }

    private HttpResponse<?> serve(HttpRequest<?> request, String route, String what, String file,
                                  BiFunction<String, String, FeedDefinition> definition) {
        if (!file.endsWith(SUFFIX) || file.length() == SUFFIX.length()) {
            throw ProblemException.notFound(what + " feed", file);
        }
        String language = language(request);
        String key = file.substring(0, file.length() - SUFFIX.length());
        return respond(request, route, what + "/" + key, language, () -> definition.apply(key, language));
    }

    /** The feed's response; the same request URI is then answered before routing while the feed is current. */
    private HttpResponse<?> respond(HttpRequest<?> request, String route, String key, @Nullable String language,
                                    Supplier<FeedDefinition> definition) {
        HttpResponse<?> response = responses.respond(request, cache.feed(key, language, definition));
        shortcut.remember(request.getUri().toString(),
                new FeedShortcut.Known(FeedCache.variantKey(key, language), route, request.getPath()));
        return response;
    }

    /** {@code lang=}: the language of the events' texts and of the calendar's name; null for the originals. */
    private static @Nullable String language(HttpRequest<?> request) {
        List<String> given = request.getParameters().getAll(LANG);
        if (given.isEmpty()) {
            return null;
        }
        if (given.size() > 1 || !Languages.isKnown(given.get(0)) || given.get(0).length() > 35) {
            throw ProblemException.invalid(LANG, "must be one known BCP 47 language tag such as en, fr, es or ar");
        }
        return Languages.canonical(given.get(0));
    }

    /** The parameters as given, in a canonical order: equal searches share one cache entry. */
    private static String searchKey(Map<String, List<String>> parameters) {
        StringBuilder key = new StringBuilder("search?");
        new TreeMap<>(parameters).forEach((name, values) -> values.stream().sorted()
                .forEach(value -> key.append(encode(name)).append('=').append(encode(value)).append('&')));
        return key.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
