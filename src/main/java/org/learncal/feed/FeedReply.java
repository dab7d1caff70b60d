package org.learncal.feed;

import io.micronaut.core.annotation.Nullable;

import java.util.List;
import java.util.Map;

/**
 * What one request for a feed gets: 200 with the body in the encoding asked for, or 304, and the headers either
 * way, in order. Both ways of answering (the routed controller and {@link FeedShortcut}) send exactly this.
 */
record FeedReply(int status, List<Map.Entry<String, String>> headers, @Nullable FeedBody body) {
    static final int OK = 200;
    static final int NOT_MODIFIED = 304;
}
