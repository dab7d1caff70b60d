package org.learncal.support;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** A response read whole, whatever its status, for tests of pages and feeds. */
public record WebResponse(int status, String contentType, String csp, String location, String setCookie,
                          String vary, String body) {

    public static WebResponse get(HttpClient client, HttpRequest<?> request) {
        HttpResponse<String> response;
        try {
            response = client.toBlocking().exchange(request, String.class);
        } catch (HttpClientResponseException error) {
            @SuppressWarnings("unchecked")
            HttpResponse<String> failed = (HttpResponse<String>) error.getResponse();
            response = failed;
            return of(response, failed.getBody(String.class).orElse(""));
        }
        return of(response, response.getBody().orElse(""));
    }

    public static WebResponse get(HttpClient client, String uri) {
        return get(client, HttpRequest.GET(uri));
    }

    private static WebResponse of(HttpResponse<?> response, String body) {
        return new WebResponse(response.code(), response.getHeaders().get("Content-Type"),
                response.getHeaders().get("Content-Security-Policy"), response.getHeaders().get("Location"),
                response.getHeaders().get("Set-Cookie"), response.getHeaders().get("Vary"), body);
    }

    public Document html() {
        return Jsoup.parse(body);
    }

    public int bytes() {
        return body.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }
}
