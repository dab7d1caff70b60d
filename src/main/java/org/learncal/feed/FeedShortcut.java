package org.learncal.feed;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.scheduling.TaskExecutors;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.DateFormatter;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.learncal.metrics.RouteTimers;
import org.learncal.web.SecurityHeadersFilter;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.concurrent.Executor;

/**
 * Answers repeated polls of a feed without routing them ({@link FeedFastPath}): a request URI that the
 * controller answered with a feed before names the same cache entry again, so while that entry is current
 * (the catalogue version is read for every request, as on the routed path) the reply is the controller's
 * own ({@link FeedResponses#reply}), with the headers the filters would add. Anything else goes the routed
 * way: a feed not cached or not current, requests from web pages (Origin: CORS) or carrying cookies, bodies,
 * HTTP/1.0 or closing connections, and a database that does not answer (the routed path serves stale).
 */
@Singleton
class FeedShortcut {
    private static final int KNOWN_URIS = 4096;

    /** A URI the controller answered, the cache entry it named and the route it took (for metrics). */
    record Known(String key, String route, String path) {
    }

    private final FeedCache cache;
    private final FeedResponses responses;
    private final Executor blocking;
    private final RouteTimers timers;
    private final LinkedHashMap<String, Known> known = new LinkedHashMap<>(256, 0.75f, true);
    private volatile String date = "";
    private volatile long dateSecond;

    FeedShortcut(FeedCache cache, FeedResponses responses, @Named(TaskExecutors.BLOCKING) Executor blocking,
                 RouteTimers timers) {
        this.cache = cache;
        this.responses = responses;
        this.blocking = blocking;
        this.timers = timers;
    }

    /** Called by the controller once it answered {@code uri} with the feed stored under {@code key}. */
    synchronized void remember(String uri, String path, String key, String route) {
        known.put(uri, new Known(key, route, path));
        if (known.size() > KNOWN_URIS) {
            known.remove(known.keySet().iterator().next());
        }
    }

    /** What the request asks for, if this shortcut may answer it; null to route it. */
    @Nullable Known known(HttpRequest request) {
        HttpHeaders headers = request.headers();
        boolean plain = request.decoderResult().isSuccess() && request.protocolVersion().equals(HttpVersion.HTTP_1_1)
                && (request.method().equals(HttpMethod.GET) || request.method().equals(HttpMethod.HEAD))
                && HttpUtil.isKeepAlive(request) && !HttpUtil.isTransferEncodingChunked(request)
                && HttpUtil.getContentLength(request, 0L) == 0 && !headers.contains(HttpHeaderNames.ORIGIN)
                && !headers.contains(HttpHeaderNames.COOKIE) && !headers.contains(HttpHeaderNames.EXPECT);
        if (!plain) {
            return null;
        }
        synchronized (this) {
            return known.get(request.uri());
        }
    }

    Executor executor() {
        return blocking;
    }

    /** The full response, or null when the feed must be routed after all. Blocks on the database. */
    @Nullable FullHttpResponse reply(HttpRequest request, Known known) {
        Feed feed = cache.ifCurrent(known.key());
        if (feed == null) {
            return null;
        }
        HttpHeaders headers = request.headers();
        FeedReply reply = responses.reply(feed, headers.get(HttpHeaderNames.ACCEPT_ENCODING),
                headers.get(HttpHeaderNames.IF_NONE_MATCH), headers.get(HttpHeaderNames.IF_MODIFIED_SINCE));
        boolean withBody = reply.body() != null && request.method().equals(HttpMethod.GET);
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1,
                HttpResponseStatus.valueOf(reply.status()),
                withBody ? reply.body().send() : Unpooled.EMPTY_BUFFER);
        HttpHeaders out = response.headers();
        reply.headers().forEach(header -> out.add(header.getKey(), header.getValue()));
        out.add(HttpHeaderNames.DATE, date());
        SecurityHeadersFilter.forPath(known.path()).forEach(header -> out.add(header.getKey(), header.getValue()));
        if (reply.body() != null) {
            out.add(HttpHeaderNames.CONTENT_LENGTH, reply.body().length());
        }
        return response;
    }

    /** Counts the answer as the routed path would, but under the feed's route whatever the status. */
    void record(HttpRequest request, Known known, int status, long startedNanos) {
        timers.record(request.method().name(), status, known.route(), startedNanos);
    }

    /** The Date header, formatted once a second. */
    private String date() {
        long second = System.currentTimeMillis() / 1000;
        if (second != dateSecond) {
            date = DateFormatter.format(new Date(second * 1000));
            dateSecond = second;
        }
        return date;
    }
}
