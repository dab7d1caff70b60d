package org.learncal.feed;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.ReadOnlyHttpHeaders;
import io.netty.util.AsciiString;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The header blocks of one cached feed's fast answers ({@link FeedShortcut}) during one second: identity or gzip,
 * 200 or 304, each made once from {@link FeedResponses#reply} (the routed answer's own headers, then the security
 * headers, then Content-Length) and then shared, read-only, by every answer of that second. Only the Date changes
 * from one second to the next. A gzip block is made on first use, once the gzip body exists.
 */
final class ReadyHeaders {
    private static final int GZIP = 1;
    private static final int NOT_MODIFIED = 2;

    private final Feed feed;
    private final Instant date;
    private final List<Map.Entry<String, String>> security;
    private final HttpHeaders[] blocks = new HttpHeaders[4];

    ReadyHeaders(Feed feed, Instant date, List<Map.Entry<String, String>> security) {
        this.feed = feed;
        this.date = date;
        this.security = security;
    }

    /** True when these blocks are those of {@code feed} answered at {@code date} on a path with {@code security}. */
    boolean serve(Feed feed, Instant date, List<Map.Entry<String, String>> security) {
        return this.feed == feed && this.date.equals(date) && this.security == security;
    }

    /** The headers of that answer (made now if not yet: two threads may both make it; either result serves). */
    HttpHeaders headers(FeedResponses responses, boolean gzip, boolean notModified) {
        int index = (gzip ? GZIP : 0) | (notModified ? NOT_MODIFIED : 0);
        HttpHeaders block = blocks[index];
        if (block == null) {
            block = make(responses.reply(feed, gzip, notModified, date));
            blocks[index] = block;
        }
        return block;
    }

    private HttpHeaders make(FeedReply reply) {
        List<CharSequence> pairs = new ArrayList<>(32);
        reply.headers().forEach(header -> add(pairs, header.getKey(), header.getValue()));
        security.forEach(header -> add(pairs, header.getKey(), header.getValue()));
        if (reply.body() != null) {
            pairs.add(HttpHeaderNames.CONTENT_LENGTH);
            pairs.add(new AsciiString(Integer.toString(reply.body().length())));
        }
        return new ReadOnlyHttpHeaders(false, pairs.toArray(CharSequence[]::new));
    }

    /** ASCII names and values as bytes ready to copy; anything else as the string the routed path writes. */
    private static void add(List<CharSequence> pairs, String name, String value) {
        pairs.add(ascii(name));
        pairs.add(ascii(value));
    }

    private static CharSequence ascii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return text;
            }
        }
        return new AsciiString(text);
    }
}
