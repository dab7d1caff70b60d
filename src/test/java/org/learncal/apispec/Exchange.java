package org.learncal.apispec;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;

import java.net.URI;
import java.util.Optional;

/**
 * One real request to the running service and its answer, kept as text so that the validator sees exactly
 * what a client receives (error statuses included: the client's exception is unwrapped).
 */
record Exchange(String method, String path, @Nullable String query, @Nullable String acceptHeader, int status,
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
        return new Exchange(request.getMethodName(), uri.getRawPath(), uri.getRawQuery(), accept,
                response.code(), response.getContentType().map(type -> type.getName()).orElse(null),
                response.getBody(String.class).orElse(null));
    }

    Optional<String> accept() {
        return Optional.ofNullable(acceptHeader);
    }

    @Override
    public String toString() {
        return method + " " + path + (query == null ? "" : "?" + query) + " -> " + status + " " + contentType;
    }
}
