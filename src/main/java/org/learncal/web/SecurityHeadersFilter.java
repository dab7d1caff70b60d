package org.learncal.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

import java.util.List;
import java.util.Map;

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

    private static final List<Map.Entry<String, String>> HEADERS = headers(POLICY);
    private static final List<Map.Entry<String, String>> FRAMEABLE_HEADERS = headers(FRAMEABLE_POLICY);

    @ResponseFilter
    public void addHeaders(HttpRequest<?> request, MutableHttpResponse<?> response) {
        forPath(request.getPath()).forEach(header -> response.header(header.getKey(), header.getValue()));
    }

    /** The headers a response to this path carries, in order (also sent by answers that bypass the filters). */
    public static List<Map.Entry<String, String>> forPath(String path) {
        return path.equals(FRAMEABLE_PATH) ? FRAMEABLE_HEADERS : HEADERS;
    }

    private static List<Map.Entry<String, String>> headers(String policy) {
        return List.of(Map.entry("Content-Security-Policy", policy), Map.entry("X-Content-Type-Options", "nosniff"),
                Map.entry("Referrer-Policy", "strict-origin-when-cross-origin"));
    }
}
