package org.learncal.feed;

import io.micronaut.core.annotation.Nullable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.FileRegion;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.ReferenceCountUtil;

/**
 * An answer made before routing ({@link FeedShortcut}): a full response (its body a view of the shared bytes, or
 * none), or a head whose body follows as a file region that the kernel sends from the page cache.
 */
record FastAnswer(HttpResponse head, @Nullable FileRegion file) {
    int status() {
        return head.status().code();
    }

    void write(ChannelHandlerContext ctx) {
        if (file == null) {
            ctx.writeAndFlush(head);
            return;
        }
        ctx.write(head);
        ctx.write(file);
        ctx.writeAndFlush(LastHttpContent.EMPTY_LAST_CONTENT);
    }

    /** Never written (the connection went away meanwhile): gives back what it holds. */
    void discard() {
        ReferenceCountUtil.release(head);
        ReferenceCountUtil.release(file);
    }
}
