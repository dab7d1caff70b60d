package org.learncal.change;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.BlockingHttpClient;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A change-feed consumer as the README describes one: follows next URLs, keeps updated items and forgets deleted
 * ones, until an empty page's next URL is the page itself. Checks the RPDE rules on each page as it goes.
 */
final class ChangeReader {
    private final BlockingHttpClient http;
    private final Map<String, Map<String, Object>> events = new HashMap<>();
    private final Map<String, String> lastState = new HashMap<>();
    private String next;
    private int pages;

    ChangeReader(BlockingHttpClient http, String firstPath) {
        this.http = http;
        this.next = firstPath;
    }

    /** Reads pages until the end of the feed as it is now; answers the number of items read. */
    int readToEnd() {
        int items = 0;
        while (true) {
            Map<String, Object> page = page(next);
            List<Map<String, Object>> pageItems = (List<Map<String, Object>>) page.get("items");
            String following = pathOf((String) page.get("next"));
            if (pageItems.isEmpty() && following.equals(next)) {
                return items;
            }
            if (pageItems.isEmpty()) {
                // a filtered feed passed only other events' changes: it says so by moving on
                next = following;
                continue;
            }
            assertFalse(following.equals(next), "a page with items links further");
            Map<String, Object> last = pageItems.get(pageItems.size() - 1);
            assertTrue(following.contains("afterTimestamp=" + last.get("modified") + "&afterId=" + last.get("id")),
                    "next is built from the last item: " + following);
            pageItems.forEach(this::apply);
            items += pageItems.size();
            next = following;
        }
    }

    Map<String, Object> page(String path) {
        pages++;
        return http.retrieve(HttpRequest.GET(path), Argument.mapOf(String.class, Object.class));
    }

    private void apply(Map<String, Object> item) {
        String id = (String) item.get("id");
        assertEquals("Event", item.get("kind"));
        lastState.put(id, (String) item.get("state"));
        if ("updated".equals(item.get("state"))) {
            events.put(id, (Map<String, Object>) item.get("data"));
        } else {
            assertEquals("deleted", item.get("state"));
            assertFalse(item.containsKey("data"), "a deleted item carries no data");
            events.remove(id);
        }
    }

    Map<String, Map<String, Object>> events() {
        return events;
    }

    /** The state of the last item read about this event, or null. */
    String lastState(String id) {
        return lastState.get(id);
    }

    String position() {
        return next;
    }

    static String pathOf(String url) {
        URI uri = URI.create(url);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }
}
