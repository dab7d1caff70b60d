package org.learncal.source;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;

/** A body in chunked transfer coding (RFC 9112 section 7.1), decoded; trailer fields are skipped. */
final class ChunkedInput extends BlockInput {
    private final InputStream in;
    private long left;
    private boolean done;

    ChunkedInput(InputStream in) {
        this.in = in;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (done) {
            return -1;
        }
        if (left == 0) {
            left = nextSize();
            if (left == 0) {
                while (!line().isEmpty()) {
                    // trailer fields: nothing LearnCal needs
                }
                done = true;
                return -1;
            }
        }
        int read = in.read(buffer, offset, (int) Math.min(length, left));
        if (read == -1) {
            throw new EOFException("the body ended inside a chunk");
        }
        left -= read;
        if (left == 0) {
            line();
        }
        return read;
    }

    private long nextSize() throws IOException {
        String size = line();
        int extension = size.indexOf(';');
        String hex = (extension < 0 ? size : size.substring(0, extension)).trim();
        if (!hex.matches("[0-9a-fA-F]{1,15}")) {
            throw new IOException("a chunk size is not hexadecimal: " + hex);
        }
        return Long.parseLong(hex, 16);
    }

    private String line() throws IOException {
        StringBuilder line = new StringBuilder();
        int b;
        while ((b = in.read()) != '\n') {
            if (b == -1) {
                throw new EOFException("the body ended inside a chunk header");
            }
            if (b != '\r' && line.length() < 4096) {
                line.append((char) b);
            }
        }
        return line.toString();
    }
}
