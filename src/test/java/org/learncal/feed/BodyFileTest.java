package org.learncal.feed;

import io.netty.channel.FileRegion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** A body's file: reachable only through its regions, whole for each of them, closed after the last one. */
class BodyFileTest {
    private static final byte[] CONTENT = "BEGIN:VEVENT\r\nSUMMARY:Atelier numératie\r\nEND:VEVENT\r\n".repeat(3000)
            .getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path folder;

    @Test
    void theFileLeavesNothingInItsFolderAndEachRegionSendsAllTheBytes() throws IOException {
        BodyFile file = BodyFile.write(ByteBuffer.wrap(CONTENT), folder);
        try (Stream<Path> left = Files.list(folder)) {
            assertEquals(0, left.count());
        }
        assertArrayEquals(CONTENT, sent(file.region()));
        assertArrayEquals(CONTENT, sent(file.region()));
        file.release();
    }

    @Test
    void aRegionTakenBeforeTheFileIsReleasedStillSendsEverything() throws IOException {
        BodyFile file = BodyFile.write(ByteBuffer.wrap(CONTENT), folder);
        FileRegion inFlight = file.region();
        file.release();
        assertEquals(1, file.refCnt());
        assertArrayEquals(CONTENT, sent(inFlight));
        assertEquals(0, file.refCnt());
    }

    @Test
    void noRegionIsGivenOnceTheFileIsClosed() throws IOException {
        BodyFile file = BodyFile.write(ByteBuffer.wrap(CONTENT), folder);
        file.release();
        assertNull(file.region());
    }

    /** What a socket would receive: the region written out in the pieces a transport takes, then released. */
    static byte[] sent(FileRegion region) throws IOException {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        try (WritableByteChannel socket = Channels.newChannel(received)) {
            while (region.transferred() < region.count()) {
                region.transferTo(socket, region.transferred());
            }
        } finally {
            region.release();
        }
        return received.toByteArray();
    }
}
