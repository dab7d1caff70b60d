package org.learncal.apispec;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One real request to the running service and its answer, kept as text so that the validator sees exactly
 * what a client sends and receives: headers and bodies both ways (error statuses included: the client's
 * exception is unwrapped). Request bodies must be given as text or bytes, as they go on the wire.
 */
record Exchange(String method, String path, @Nullable String query, Map<String, List<String>> requestHeaders,
                @Nullable String requestBody, int status, Map<String, List<String>> responseHeaders,
                @Nullable String contentType, @Nullable String body) {

    static Exchange get(HttpClient client, String uri) {
        return send(client, HttpRequest.GET(uri), null);
    }

    static Exchange get(HttpClient client, String uri, String accept) {
        return send(client, HttpRequest.GET(uri).accept(accept), accept);
    }

    static Exchange send(HttpClient client, MutableHttpRequest<?> request, @Nullable String accept) {
        HttpResponse<String> response;
        try {
            response = client.toBlocking().exchange(request, Argument.STRING, Argument.STRING);
        } catch (HttpClientResponseException e) {
            @SuppressWarnings("unchecked")
            HttpResponse<String> failed = (HttpResponse<String>) e.getResponse();
            response = failed;
        }
        URI uri = request.getUri();
        Map<String, List<String>> sent = headers(request.getHeaders().asMap());
        if (accept != null) {
            sent.put(HttpHeaders.ACCEPT, List.of(accept));
        }
        return new Exchange(request.getMethodName(), uri.getRawPath(), uri.getRawQuery(), sent,
                text(request.getBody().orElse(null)), response.code(), headers(response.getHeaders().asMap()),
                response.getContentType().map(type -> type.getName()).orElse(null),
                response.getBody(String.class).orElse(null));
    }

    private static Map<String, List<String>> headers(Map<String, List<String>> headers) {
        Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        copy.putAll(headers);
        return copy;
    }

    private static @Nullable String text(@Nullable Object body) {
        if (body == null || body instanceof CharSequence) {
            return body == null ? null : body.toString();
        }
        if (body instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        throw new IllegalArgumentException("send the body as text, as it goes on the wire, not " + body.getClass());
    }

    Optional<String> accept() {
        return header(requestHeaders, HttpHeaders.ACCEPT);
    }

    Optional<String> responseHeader(String name) {
        return header(responseHeaders, name);
    }

    private static Optional<String> header(Map<String, List<String>> headers, String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    @Override
    public String toString() {
        return method + " " + path + (query == null ? "" : "?" + query) + " -> " + status + " " + contentType
                + (body == null || body.length() > 500 ? "" : " " + body);
    }
}
