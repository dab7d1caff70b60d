package org.learncal.db;

import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

import java.io.IOException;
import java.nio.channels.FileChannel;

/**
 * H2 file paths prefixed {@code fsync:} (as in {@code jdbc:h2:file:fsync:./data/learncal}): the files H2 opens
 * through them force every write to the device before the write returns. With {@code WRITE_DELAY=0}, H2 writes
 * a committed transaction synchronously inside the commit, so a commit is acknowledged only once it is on disk,
 * as with PostgreSQL's default {@code fsync = on}.
 */
public final class FsyncFilePath extends FilePathWrapper {
    static final String SCHEME = "fsync";
    private static volatile boolean registered;

    /** Makes the {@code fsync:} prefix known to H2; call before the first connection. */
    public static void register() {
        if (!registered) {
            synchronized (FsyncFilePath.class) {
                if (!registered) {
                    FilePath.register(new FsyncFilePath());
                    registered = true;
                }
            }
        }
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        return new FsyncFileChannel(getBase().open(mode));
    }

    @Override
    public String getScheme() {
        return SCHEME;
    }
}
