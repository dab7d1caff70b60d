package org.learncal.support;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;

/**
 * Fetches feeds over real HTTP. Every 200 it returns has passed the byte-level checks of {@link IcsChecks},
 * so that no test can fetch a feed without checking its bytes.
 */
public final class FeedClient {
    /** The public URL the test configuration gives (application-test.yml). */
    public static final String BASE = "https://learncal.test";

    private FeedClient() {
    }

    /** GET with headers given as name, value, name, value... */
    public static HttpResponse<byte[]> get(HttpClient client, String pathOrUrl, String... headers) {
        MutableHttpRequest<Object> request = HttpRequest.GET(path(pathOrUrl));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        HttpResponse<byte[]> response = client.toBlocking().exchange(request, byte[].class);
        if (response.code() == 200 && response.getBody().isPresent()
                && response.getHeaders().get("Content-Encoding") == null) {
            IcsChecks.assertWellFormed(response.body());
        }
        return response;
    }

    public static byte[] body(HttpClient client, String pathOrUrl) {
        return get(client, pathOrUrl).body();
    }

    /** A link from the JSON API (absolute, on the public URL) as a path on the test server. */
    public static String path(String pathOrUrl) {
        String path = pathOrUrl.startsWith(BASE) ? pathOrUrl.substring(BASE.length()) : pathOrUrl;
        if (path.startsWith("http")) {
            throw new IllegalArgumentException("not a LearnCal URL: " + pathOrUrl);
        }
        return path;
    }
}
