package org.learncal.feed;

import io.micronaut.core.annotation.Nullable;
import io.netty.channel.DefaultFileRegion;
import io.netty.channel.FileRegion;
import io.netty.util.AbstractReferenceCounted;
import io.netty.util.IllegalReferenceCountException;
import io.netty.util.ReferenceCounted;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A feed body's bytes in a file, so that the kernel sends them from its page cache (sendfile) instead of every
 * response copying 9 MB through the socket from memory, as nginx serves a static file. The file is deleted as
 * soon as it is open, so only this process can reach it and a crash leaves nothing behind. Counted: the body
 * holds one reference and each response one more while it is sent; the last release closes the file.
 */
final class BodyFile extends AbstractReferenceCounted {
    private final FileChannel channel;
    private final long length;

    private BodyFile(FileChannel channel, long length) {
        this.channel = channel;
        this.length = length;
    }

    /** The bytes (from their position to their limit) in a new file in {@code directory}. */
    static BodyFile write(ByteBuffer bytes, Path directory) throws IOException {
        Path path = Files.createTempFile(directory, "learncal-feed-", ".ics");
        try {
            FileChannel channel = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE);
            try {
                long length = bytes.remaining();
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
                return new BodyFile(channel, length);
            } catch (IOException | RuntimeException failed) {
                channel.close();
                throw failed;
            }
        } finally {
            Files.deleteIfExists(path);
        }
    }

    /** The whole file for one response, or null when it is already closed (send the bytes from memory then). */
    @Nullable FileRegion region() {
        try {
            retain();
        } catch (IllegalReferenceCountException closed) {
            return null;
        }
        return new Region();
    }

    @Override
    protected void deallocate() {
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing was written through it since it was made; closing a read channel has nothing to lose
        }
    }

    @Override
    public ReferenceCounted touch(Object hint) {
        return this;
    }

    /** Netty's own region type, so every transport sends it with sendfile; it releases the file, never closes it. */
    private final class Region extends DefaultFileRegion {
        Region() {
            super(channel, 0, length);
        }

        @Override
        protected void deallocate() {
            BodyFile.this.release();
        }
    }
}
