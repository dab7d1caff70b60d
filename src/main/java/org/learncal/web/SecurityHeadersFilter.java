package org.learncal.web;

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

    @ResponseFilter
    public void addHeaders(MutableHttpResponse<?> response) {
        response.header("Content-Security-Policy", POLICY);
        response.header("X-Content-Type-Options", "nosniff");
        response.header("Referrer-Policy", "strict-origin-when-cross-origin");
    }
}
