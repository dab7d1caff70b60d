package org.learncal.db;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;

/**
 * A file channel that forces its data to the device after every write (fdatasync, like PostgreSQL's default
 * {@code wal_sync_method} on Linux). H2 writes a chunk and then its header in order, so forcing each write
 * keeps that order on disk too.
 */
final class FsyncFileChannel extends FileChannel {
    private final FileChannel file;

    FsyncFileChannel(FileChannel file) {
        this.file = file;
    }

    @Override
    public int write(ByteBuffer source) throws IOException {
        int written = file.write(source);
        file.force(false);
        return written;
    }

    @Override
    public long write(ByteBuffer[] sources, int offset, int length) throws IOException {
        long written = file.write(sources, offset, length);
        file.force(false);
        return written;
    }

    @Override
    public int write(ByteBuffer source, long position) throws IOException {
        int written = file.write(source, position);
        file.force(false);
        return written;
    }

    @Override
    public long transferFrom(ReadableByteChannel source, long position, long count) throws IOException {
        long written = file.transferFrom(source, position, count);
        file.force(false);
        return written;
    }

    @Override
    public FileChannel truncate(long size) throws IOException {
        file.truncate(size);
        file.force(true);
        return this;
    }

    @Override
    public int read(ByteBuffer target) throws IOException {
        return file.read(target);
    }

    @Override
    public long read(ByteBuffer[] targets, int offset, int length) throws IOException {
        return file.read(targets, offset, length);
    }

    @Override
    public int read(ByteBuffer target, long position) throws IOException {
        return file.read(target, position);
    }

    @Override
    public long position() throws IOException {
        return file.position();
    }

    @Override
    public FileChannel position(long position) throws IOException {
        file.position(position);
        return this;
    }

    @Override
    public long size() throws IOException {
        return file.size();
    }

    @Override
    public void force(boolean metaData) throws IOException {
        file.force(metaData);
    }

    @Override
    public long transferTo(long position, long count, WritableByteChannel target) throws IOException {
        return file.transferTo(position, count, target);
    }

    @Override
    public MappedByteBuffer map(MapMode mode, long position, long size) throws IOException {
        return file.map(mode, position, size);
    }

    @Override
    public FileLock lock(long position, long size, boolean shared) throws IOException {
        return file.lock(position, size, shared);
    }

    @Override
    public FileLock tryLock(long position, long size, boolean shared) throws IOException {
        return file.tryLock(position, size, shared);
    }

    @Override
    protected void implCloseChannel() throws IOException {
        file.close();
    }
}
