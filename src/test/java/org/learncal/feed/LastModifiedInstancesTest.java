package org.learncal.feed;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;
import org.learncal.event.Event;
import org.learncal.support.FeedClient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.learncal.feed.LastModifiedAcrossRestartTest.changedInTheSameSecond;
import static org.learncal.feed.LastModifiedAcrossRestartTest.inserted;

/**
 * Two instances on one database date a feed alike: a change made in the second one instance served reaches a
 * client that revalidates by date on the other, and both then give the same later date.
 */
class LastModifiedInstancesTest {
    private static final String CREATED_SECOND = "Sat, 10 Jan 2026 09:00:00 GMT";
    private static final String NEXT_SECOND = "Sat, 10 Jan 2026 09:00:01 GMT";

    @Test
    void aChangeInTheSecondServedByOneInstanceGets200OnTheOther() {
        try (EmbeddedServer first = ApplicationContext.run(EmbeddedServer.class, "test");
             EmbeddedServer second = ApplicationContext.run(EmbeddedServer.class, "test");
             HttpClient firstClient = HttpClient.create(first.getURL());
             HttpClient secondClient = HttpClient.create(second.getURL())) {
            Event event = inserted(first, "Deux instances");
            String path = "/calendar/events/" + event.id() + ".ics";
            assertEquals(CREATED_SECOND, FeedClient.get(firstClient, path).getHeaders().get("Last-Modified"));
            changedInTheSameSecond(first, event);

            HttpResponse<byte[]> changed = FeedClient.get(secondClient, path, "If-Modified-Since", CREATED_SECOND);
            assertEquals(200, changed.code());
            assertEquals(NEXT_SECOND, changed.getHeaders().get("Last-Modified"));
            HttpResponse<byte[]> onFirst = FeedClient.get(firstClient, path);
            assertEquals(NEXT_SECOND, onFirst.getHeaders().get("Last-Modified"));
            assertEquals(changed.getHeaders().get("ETag"), onFirst.getHeaders().get("ETag"));
        }
    }
}
