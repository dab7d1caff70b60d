package org.learncal.change;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.learncal.support.EventBodies;
import org.learncal.support.Tokens;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.learncal.support.Tokens.as;

/** Two instances on one database serve the same pages, and a next URL from one works on the other. */
@MicronautTest
class ChangeFeedInstancesTest {
    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void aPositionFromOneInstanceGivesTheSamePageOnAnother() {
        BlockingHttpClient first = http.toBlocking();
        Tokens.Publisher publisher = Tokens.publisher(first, true);
        for (int i = 0; i < 5; i++) {
            first.exchange(as(publisher.organizerToken(), HttpRequest.POST("/api/events",
                    EventBodies.online(publisher.organizer(), "Instance " + i))));
        }
        try (EmbeddedServer other = ApplicationContext.run(EmbeddedServer.class, "test");
             HttpClient otherHttp = HttpClient.create(other.getURL())) {
            BlockingHttpClient second = otherHttp.toBlocking();
            String path = "/api/changes?organizer=" + publisher.organizer() + "&limit=2";
            List<Object> items = new ArrayList<>();
            for (int page = 0; page < 4; page++) {
                Map<?, ?> onFirst = first.retrieve(HttpRequest.GET(path), Map.class);
                assertEquals(onFirst, second.retrieve(HttpRequest.GET(path), Map.class), "page " + page);
                items.addAll((List<?>) onFirst.get("items"));
                // the next URL one instance gave, followed on the other
                path = ChangeReader.pathOf((String) onFirst.get("next"));
                BlockingHttpClient swap = first;
                first = second;
                second = swap;
            }
            assertEquals(5, items.size());
            assertEquals(path, ChangeReader.pathOf((String) first.retrieve(HttpRequest.GET(path), Map.class)
                    .get("next")), "the walk ended on the last page");
        }
    }
}
