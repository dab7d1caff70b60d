package org.learncal.feed;

import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpStatusClass;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.ReferenceCountUtil;

import java.util.ArrayDeque;
import java.util.concurrent.RejectedExecutionException;

/**
 * Sits in each HTTP/1.1 connection's pipeline just before Micronaut's handler and answers the requests that
 * {@link FeedShortcut} knows without routing; every other request passes on. Answers leave in request order:
 * A request is answered at once, on the event loop, when the cache can tell without the database that the
 * feed is current ({@link FeedShortcut#replyNow}); otherwise the database is asked on the blocking pool.
 * <ul>
 *   <li>a request is taken here only when every request passed on before it has been answered ({@code routed}
 *   counts requests passed on, less the responses whose last part Micronaut wrote through this handler);</li>
 *   <li>after a request that closes the connection ({@code Connection: close}) nothing more is taken here: what
 *   a client sent after it is Micronaut's to drop, and must not be answered or counted as answered;</li>
 *   <li>while one is being answered (the database is read on the blocking pool), everything that arrives waits
 *   here, the end of the read included, so Micronaut asks for no more input; once the answer is written the
 *   waiting messages are handled in turn, and only then does Micronaut see the end of the read.</li>
 * </ul>
 * All of its state is touched on the connection's event loop only.
 */
final class FeedFastPath extends ChannelDuplexHandler {
    private final FeedShortcut shortcut;
    private final ArrayDeque<Object> waiting = new ArrayDeque<>();
    private int routed;
    private boolean answering;
    private boolean readCompleteWaiting;
    private boolean droppingContent;
    private boolean closing;

    FeedFastPath(FeedShortcut shortcut) {
        this.shortcut = shortcut;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object message) {
        if (answering) {
            waiting.add(message);
        } else {
            handle(ctx, message);
        }
    }

    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) {
        if (answering) {
            readCompleteWaiting = true;
        } else {
            ctx.fireChannelReadComplete();
        }
    }

    private void handle(ChannelHandlerContext ctx, Object message) {
        if (droppingContent && message instanceof HttpContent content) {
            droppingContent = !(content instanceof LastHttpContent);
            content.release();
            return;
        }
        if (message instanceof HttpRequest request && !HttpUtil.isKeepAlive(request)) {
            closing = true;
        }
        if (message instanceof HttpRequest request && routed == 0 && !closing) {
            FeedShortcut.Known known = shortcut.known(request);
            if (known != null) {
                long started = System.nanoTime();
                FullHttpResponse now = shortcut.replyNow(request, known);
                if (now != null) {
                    send(ctx, request, known, now, started);
                } else {
                    answer(ctx, request, known, started);
                }
                return;
            }
        }
        route(ctx, message);
    }

    private void route(ChannelHandlerContext ctx, Object message) {
        if (message instanceof HttpRequest) {
            routed++;
        }
        ctx.fireChannelRead(message);
    }

    /** Asks the database on the blocking pool, holding what arrives meanwhile; answers on the event loop. */
    private void answer(ChannelHandlerContext ctx, HttpRequest request, FeedShortcut.Known known, long started) {
        answering = true;
        try {
            shortcut.executor().execute(() -> {
                FullHttpResponse response = null;
                try {
                    response = shortcut.reply(request, known);
                } finally {
                    FullHttpResponse reply = response;
                    ctx.executor().execute(() -> answered(ctx, request, known, reply, started));
                }
            });
        } catch (RejectedExecutionException stopping) {
            answered(ctx, request, known, null, started);
        }
    }

    /** On the event loop: the answer (null: route the request after all), then what waited, in order. */
    private void answered(ChannelHandlerContext ctx, HttpRequest request, FeedShortcut.Known known,
                          FullHttpResponse response, long started) {
        answering = false;
        if (ctx.isRemoved()) {
            ReferenceCountUtil.release(response);
            ReferenceCountUtil.release(request);
            return;
        }
        if (response == null) {
            route(ctx, request);
        } else {
            send(ctx, request, known, response, started);
        }
        while (!answering && !waiting.isEmpty()) {
            handle(ctx, waiting.poll());
        }
        if (!answering && readCompleteWaiting) {
            readCompleteWaiting = false;
            ctx.fireChannelReadComplete();
        }
    }

    private void send(ChannelHandlerContext ctx, HttpRequest request, FeedShortcut.Known known,
                      FullHttpResponse response, long started) {
        droppingContent = !(request instanceof LastHttpContent);
        // counted before it is sent: whoever reads the answer then reads the counters with it
        shortcut.answered(request, known, response.status().code(), started);
        ctx.writeAndFlush(response);
        ReferenceCountUtil.release(request);
    }

    /** Counts the routed requests answered: the last part of each of Micronaut's responses leaves through here. */
    @Override
    public void write(ChannelHandlerContext ctx, Object message, ChannelPromise promise) {
        if (message instanceof LastHttpContent && !informational(message)) {
            routed--;
        }
        ctx.write(message, promise);
    }

    private static boolean informational(Object message) {
        return message instanceof HttpResponse response
                && response.status().codeClass().equals(HttpStatusClass.INFORMATIONAL);
    }

    @Override
    public void handlerRemoved(ChannelHandlerContext ctx) {
        waiting.forEach(ReferenceCountUtil::release);
        waiting.clear();
    }
}
