package org.learncal.metrics;

import io.micronaut.http.HttpAttributes;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.web.router.UriRouteMatch;

/**
 * Files 304s under the route that answered them: Micronaut's request metrics put every 3xx under
 * {@code uri="REDIRECTION"}, where a feed's revalidations, most of its traffic, would be lost among redirects.
 * Its 304 series is dropped ({@link WithoutRedirection304}) and this filter records 304s itself; one that no route answered (a static file)
 * goes under {@code uri="NOT_MODIFIED"}.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class NotModifiedByRoute {
    private static final String STARTED = NotModifiedByRoute.class.getName() + ".started";
    private static final String UNROUTED = "NOT_MODIFIED";

    private final RouteTimers timers;

    NotModifiedByRoute(RouteTimers timers) {
        this.timers = timers;
    }

    @RequestFilter
    public void started(HttpRequest<?> request) {
        request.setAttribute(STARTED, System.nanoTime());
    }

    @ResponseFilter
    public void count(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (response.code() != HttpStatus.NOT_MODIFIED.getCode()) {
            return;
        }
        String route = request.getAttribute(HttpAttributes.ROUTE_MATCH, UriRouteMatch.class)
                .map(match -> match.getRouteInfo().getUriMatchTemplate().toPathString()).orElse(UNROUTED);
        long started = request.getAttribute(STARTED, Long.class).orElseGet(System::nanoTime);
        timers.record(request.getMethodName(), response.code(), route, started);
    }
}
