package org.learncal.feed;

import io.netty.buffer.ByteBuf;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** One body shared by every response: each send reads its own view, and nothing a send does reaches the others. */
class FeedBodyTest {
    private static final byte[] CONTENT = "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".repeat(500)
            .getBytes(StandardCharsets.UTF_8);

    @Test
    void aSendThatIsReadAndReleasedLeavesTheNextSendWhole() {
        FeedBody body = FeedBody.of(CONTENT);
        ByteBuf first = body.send();
        first.skipBytes(1000);
        first.release();
        ByteBuf second = body.send();
        assertEquals(CONTENT.length, second.readableBytes());
        byte[] read = new byte[second.readableBytes()];
        second.readBytes(read);
        assertArrayEquals(CONTENT, read);
        assertArrayEquals(CONTENT, body.toArray());
    }

    @Test
    void aSendCannotWriteIntoTheSharedBytes() {
        ByteBuf view = FeedBody.of(CONTENT).send();
        assertThrows(RuntimeException.class, () -> view.setByte(0, 'X'));
    }

    @Test
    void piecesAreJoinedInOrder() {
        FeedBody body = FeedBody.join(List.of("ab".getBytes(StandardCharsets.UTF_8), new byte[0],
                "cde".getBytes(StandardCharsets.UTF_8)));
        assertEquals("abcde", new String(body.toArray(), StandardCharsets.UTF_8));
    }

    @Test
    void gzipDecodesToTheIdentityBytes() throws IOException {
        FeedBody gzip = FeedBody.of(CONTENT).gzip();
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip.toArray()))) {
            assertArrayEquals(CONTENT, in.readAllBytes());
        }
    }
}
