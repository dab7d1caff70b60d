package org.learncal.apispec;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.serde.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Real calls to the write API for the contract tests: JSON bodies go as text (so the validator checks them
 * against the request schemas), with a bearer token when one is given.
 */
record ContractCalls(HttpClient client, ObjectMapper json) {

    Exchange send(@Nullable String token, MutableHttpRequest<?> request) {
        return Exchange.send(client, token == null ? request : request.bearerAuth(token), null);
    }

    Exchange get(@Nullable String token, String path) {
        return send(token, HttpRequest.GET(path));
    }

    Exchange post(@Nullable String token, String path, Object body) {
        return send(token, HttpRequest.POST(path, text(body)).contentType(MediaType.APPLICATION_JSON));
    }

    Exchange put(@Nullable String token, String path, Object body, String ifMatch) {
        return send(token, HttpRequest.PUT(path, text(body)).contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.IF_MATCH, ifMatch));
    }

    Exchange delete(@Nullable String token, String path) {
        return send(token, HttpRequest.DELETE(path));
    }

    String text(Object body) {
        if (body instanceof String text) {
            return text;
        }
        try {
            return json.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JSON object of a response that must have this status. */
    Map<String, Object> read(Exchange exchange, int status) {
        assertEquals(status, exchange.status(), exchange.toString());
        try {
            return json.readValue(exchange.body(), Argument.mapOf(String.class, Object.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
