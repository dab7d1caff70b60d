package org.learncal.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * A Content-Security-Policy on every response: pages load scripts, styles and images from this site only,
 * so that even a text that escaped escaping could not run. JSON-LD is data, which the policy does not block.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class SecurityHeadersFilter {
    public static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    /** The widget's iframe page is made to be framed by any site; everything else stays unframeable. */
    public static final String FRAMEABLE_POLICY = POLICY.replace("frame-ancestors 'none'", "frame-ancestors *");
    public static final String FRAMEABLE_PATH = "/embed/events";

    @ResponseFilter
    public void addHeaders(HttpRequest<?> request, MutableHttpResponse<?> response) {
        response.header("Content-Security-Policy",
                request.getPath().equals(FRAMEABLE_PATH) ? FRAMEABLE_POLICY : POLICY);
        response.header("X-Content-Type-Options", "nosniff");
        response.header("Referrer-Policy", "strict-origin-when-cross-origin");
    }
}
