package org.learncal.source;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;

/**
 * The whole pull's time budget. Each read from the socket may wait only what is left of it, so a server that
 * trickles its answer a byte at a time is cut off as surely as one that sends nothing.
 */
final class Deadline {
    private final long endNanos;
    private final long millis;

    Deadline(long millis) {
        this.millis = millis;
        this.endNanos = System.nanoTime() + millis * 1_000_000L;
    }

    int remainingMillis() throws FetchFailure {
        long left = (endNanos - System.nanoTime()) / 1_000_000L;
        if (left <= 0) {
            throw timeout();
        }
        return (int) Math.min(Integer.MAX_VALUE, left);
    }

    FetchFailure timeout() {
        return new FetchFailure(Outcome.TIMEOUT, "the server did not answer in full within "
                + millis / 1000.0 + " s");
    }

    /** The socket's input, each read bounded by the time left. */
    InputStream input(Socket socket) throws IOException {
        return new FilterInputStream(socket.getInputStream()) {
            @Override
            public int read() throws IOException {
                budget(socket);
                return super.read();
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                budget(socket);
                return super.read(buffer, offset, length);
            }
        };
    }

    private void budget(Socket socket) throws IOException {
        try {
            socket.setSoTimeout(remainingMillis());
        } catch (FetchFailure e) {
            throw new SocketTimeoutException(e.getMessage());
        }
    }
}
