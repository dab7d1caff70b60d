package org.learncal.problem;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

/**
 * Micronaut's CORS filter refuses, on a server reached at localhost, a request whose Origin is another host
 * (its guard against drive-by-localhost attacks) with an empty 403. This says what was refused and why. It
 * wraps the CORS filter (a lower order), and the console's filter wraps it, making the problem a page there.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class CrossOriginRefusal implements Ordered {
    public static final String DETAIL_START = "A request from the origin ";

    @ResponseFilter
    public void explain(HttpRequest<?> request, MutableHttpResponse<?> response) {
        String origin = request.getHeaders().get(HttpHeaders.ORIGIN);
        if (origin == null || response.status() != HttpStatus.FORBIDDEN || response.body() != null) {
            return;
        }
        Problem problem = ProblemType.FORBIDDEN.problem(DETAIL_START + "'" + origin + "' to this server, which is "
                + "reached on localhost, is refused: only pages of localhost may send requests to it. Send it from "
                + "this site's own pages, or without an Origin header.");
        response.body(problem).contentType(Problems.PROBLEM_JSON);
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.METRICS.before();
    }
}
