package org.learncal.event;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.BlockingHttpClient;
import jakarta.inject.Singleton;
import org.learncal.support.Api;
import org.learncal.support.Tokens;

import java.util.List;
import java.util.Map;

import static org.learncal.support.Tokens.as;

/** The calls the write tests share: create an event as its organizer, list an organizer's titles. */
@Singleton
class WriteCalls {
    private final Api api;
    private final BlockingHttpClient client;

    WriteCalls(Api api) {
        this.api = api;
        this.client = api.http();
    }

    BlockingHttpClient client() {
        return client;
    }

    HttpResponse<Map> create(Tokens.Publisher publisher, Map<String, Object> body) {
        return client.exchange(as(publisher.organizerToken(), HttpRequest.POST("/api/events", body)), Map.class);
    }

    List<String> titlesListedFor(String organizer) {
        return api.titlesListedFor(organizer);
    }
}
