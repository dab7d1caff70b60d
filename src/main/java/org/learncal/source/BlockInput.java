package org.learncal.source;

import java.io.IOException;
import java.io.InputStream;

/** An input stream that reads in blocks; a single byte is read as a block of one. */
abstract class BlockInput extends InputStream {
    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
    }

    @Override
    public abstract int read(byte[] buffer, int offset, int length) throws IOException;
}
