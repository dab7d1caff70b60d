package org.learncal.feed;

import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpStatusClass;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.ReferenceCountUtil;

import java.util.ArrayDeque;
import java.util.concurrent.RejectedExecutionException;

/**
 * Sits in each HTTP/1.1 connection's pipeline just before Micronaut's handler and answers the requests that
 * {@link FeedShortcut} knows, without routing, filters or argument binding; every other request passes on.
 * Answers leave in request order: none is taken while a routed request of the connection is unanswered, and
 * what arrives while one is being answered waits and is then handled in turn (or routed, if the feed must be).
 */
final class FeedFastPath extends ChannelDuplexHandler {
    private final FeedShortcut shortcut;
    private final ArrayDeque<Object> waiting = new ArrayDeque<>();
    private int routed;
    private boolean answering;
    private boolean droppingContent;

    FeedFastPath(FeedShortcut shortcut) {
        this.shortcut = shortcut;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object message) {
        if (answering) {
            waiting.add(message);
        } else if (message instanceof HttpRequest request) {
            FeedShortcut.Known known = routed == 0 ? shortcut.known(request) : null;
            if (known == null) {
                route(ctx, request);
            } else {
                answer(ctx, request, known);
            }
        } else if (droppingContent && message instanceof HttpContent content) {
            droppingContent = !(content instanceof LastHttpContent);
            ReferenceCountUtil.release(content);
        } else {
            ctx.fireChannelRead(message);
        }
    }

    private void route(ChannelHandlerContext ctx, Object request) {
        routed++;
        ctx.fireChannelRead(request);
    }

    private void answer(ChannelHandlerContext ctx, HttpRequest request, FeedShortcut.Known known) {
        long started = System.nanoTime();
        answering = true;
        droppingContent = !(request instanceof LastHttpContent);
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

    private void answered(ChannelHandlerContext ctx, HttpRequest request, FeedShortcut.Known known,
                          FullHttpResponse response, long started) {
        answering = false;
        if (response == null) {
            droppingContent = false;
            route(ctx, request);
        } else {
            ctx.writeAndFlush(response);
            shortcut.record(request, known, response.status().code(), started);
        }
        while (!answering && !waiting.isEmpty()) {
            channelRead(ctx, waiting.poll());
        }
        // What was passed on now is outside the read it came in: end it as a read, so Micronaut flushes.
        ctx.fireChannelReadComplete();
        if (!answering) {
            ctx.read();
        }
    }

    /** Counts the routed requests answered: their last part leaves through here. */
    @Override
    public void write(ChannelHandlerContext ctx, Object message, ChannelPromise promise) {
        if (message instanceof LastHttpContent && !informational(message)) {
            routed = Math.max(0, routed - 1);
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
